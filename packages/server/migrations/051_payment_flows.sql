-- Paying an account: the tenant's payment types (FIN-2, FIN-5), payments made online through
-- the payment provider or with loyalty points (FIN-6), the provider events already handled,
-- and the payee's bank details for the monthly payment form (FIN-3).

CREATE TABLE payment_types (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  name text NOT NULL CHECK (name <> '' AND char_length(name) <= 80),
  kind text NOT NULL CHECK (kind IN ('money', 'points')),
  -- what the loyalty program counts in (points, RUB, BYN, ...) and one point's worth in the
  -- tenant currency's minor units; only points types have them
  loyalty_currency text CHECK (loyalty_currency <> '' AND char_length(loyalty_currency) <= 16),
  point_value integer CHECK (point_value BETWEEN 1 AND 1000000),
  max_percent integer NOT NULL DEFAULT 0 CHECK (max_percent BETWEEN 0 AND 100),
  enabled boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, id),
  CONSTRAINT payment_types_name_unique UNIQUE (tenant_id, name),
  CONSTRAINT payment_types_points_fields CHECK (
    (kind = 'points') = (loyalty_currency IS NOT NULL)
    AND (kind = 'points') = (point_value IS NOT NULL))
);

-- A payment is pending from the moment it is asked for until the provider's outcome is known;
-- a succeeded one has exactly one account entry (source 'payment', reference its id), booked in
-- the transaction that marks it succeeded.
CREATE TABLE payments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  account_id uuid NOT NULL,
  payment_type_id uuid NOT NULL,
  method text NOT NULL CHECK (method IN ('online', 'points')),
  -- what it pays off the account, in the tenant currency's minor units
  amount bigint NOT NULL CHECK (amount BETWEEN 1 AND 100000000000),
  -- points payments: the points debited and the card's last four digits (never the number)
  points bigint CHECK (points >= 1),
  card_last4 text CHECK (card_last4 ~ '^[0-9]{4}$'),
  status text NOT NULL DEFAULT 'pending'
    CHECK (status IN ('pending', 'succeeded', 'failed', 'cancelled')),
  failure text CHECK (failure IN ('declined', 'cancelled', 'expired', 'insufficient_points')),
  -- the provider and its id of the payment (online) or of the debit (points), once known
  provider text NOT NULL CHECK (provider <> ''),
  provider_ref text CHECK (provider_ref <> ''),
  redirect_url text,
  return_url text,
  -- the Idempotency-Key the payment was asked for with: a retry of the request resumes it
  request_key text NOT NULL,
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  completed_at timestamptz,
  -- when the provider was last asked after it (reconciliation)
  checked_at timestamptz,
  UNIQUE (tenant_id, id),
  CONSTRAINT payments_request_once UNIQUE (tenant_id, request_key),
  CONSTRAINT payments_provider_ref_once UNIQUE (provider, provider_ref),
  FOREIGN KEY (tenant_id, account_id) REFERENCES accounts (tenant_id, id),
  FOREIGN KEY (tenant_id, payment_type_id) REFERENCES payment_types (tenant_id, id),
  FOREIGN KEY (tenant_id, created_by) REFERENCES people (tenant_id, id),
  CONSTRAINT payments_completed_when_done CHECK ((status = 'pending') = (completed_at IS NULL)),
  CONSTRAINT payments_failure_when_failed
    CHECK ((status IN ('failed', 'cancelled')) = (failure IS NOT NULL)),
  CONSTRAINT payments_points_fields
    CHECK ((method = 'points') = (points IS NOT NULL AND card_last4 IS NOT NULL))
);
CREATE INDEX payments_pending ON payments (created_at) WHERE status = 'pending';
CREATE INDEX payments_of_account ON payments (account_id, created_at DESC);

-- Provider events handled, by the provider's event id: a replayed event is answered again and
-- changes nothing.
CREATE TABLE payment_events (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  provider text NOT NULL,
  event_id text NOT NULL CHECK (event_id <> ''),
  type text NOT NULL,
  payment_id uuid,
  received_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, provider, event_id),
  FOREIGN KEY (tenant_id, payment_id) REFERENCES payments (tenant_id, id)
);

-- FIN-3: the monthly form for a month's charges, an entry's month at a time
CREATE INDEX account_entries_by_month ON account_entries (account_id, month);

-- The payee of a property's charges (FIN-3): its legal entity (DIR-1) at its address, paid to
-- this bank account. A property without a bank account has no payment form.
ALTER TABLE properties
  ADD bank_account text CHECK (bank_account <> ''),
  ADD bank_name text CHECK (bank_name <> ''),
  -- BIC/SWIFT or the Russian БИК; Russian banks also have a correspondent account
  ADD bank_code text CHECK (bank_code <> ''),
  ADD correspondent_account text CHECK (correspondent_account <> ''),
  -- NIP, ИНН/КПП: the payee's tax id as the form prints it
  ADD tax_id text CHECK (tax_id <> '');

SELECT atrium_protect('payment_types');
SELECT atrium_protect('payments');
SELECT atrium_protect('payment_events');

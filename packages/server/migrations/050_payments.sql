-- Unit accounts (FIN-1): charges by month and title, payments and utilities settlements.
-- An amount is signed as the account sees it, in the tenant currency's minor units: a
-- charge lowers the balance, a payment raises it, so the balance is the sum of the entries.
ALTER TABLE accounts ADD UNIQUE (tenant_id, id);

CREATE TABLE account_entries (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  account_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('charge', 'payment', 'settlement')),
  title text NOT NULL CHECK (title IN ('maintenance', 'rent', 'repair_fund', 'heating', 'water',
    'waste', 'electricity', 'late_interest', 'payment')),
  -- the month the entry is for, as its first day
  month date NOT NULL CHECK (extract(day FROM month) = 1),
  amount bigint NOT NULL CHECK (abs(amount) <= 100000000000),
  description text CHECK (description <> ''),
  booked_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  -- the order entries were booked in, even within one transaction
  seq bigint GENERATED ALWAYS AS IDENTITY,
  FOREIGN KEY (tenant_id, account_id) REFERENCES accounts (tenant_id, id),
  CHECK (kind <> 'charge' OR amount < 0),
  CHECK (kind <> 'payment' OR amount > 0),
  CHECK (kind <> 'settlement' OR amount <> 0),
  CHECK ((kind = 'payment') = (title = 'payment'))
);
CREATE INDEX account_entries_newest ON account_entries (account_id, booked_at DESC, seq DESC);

SELECT atrium_protect('account_entries');

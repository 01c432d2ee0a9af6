-- Self-registration (DIR-5): a one-time code proves a phone, then the request is attached at
-- once or waits for a manager; the person hears of the decision by SMS (the outbox below).

-- The one live code of a phone: asking again replaces it, so an earlier code stops working.
CREATE TABLE registration_codes (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  phone text NOT NULL CHECK (phone ~ '^\+[1-9][0-9]{6,14}$'),
  -- HMAC of the code under the server's key, bound to the tenant and the phone; never the code
  code_hash bytea NOT NULL,
  expires_at timestamptz NOT NULL,
  wrong_tries integer NOT NULL DEFAULT 0 CHECK (wrong_tries BETWEEN 0 AND 5),
  -- spent by a registration, or void after the fifth wrong try
  ended_at timestamptz,
  PRIMARY KEY (tenant_id, phone)
);

CREATE TABLE registrations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  status text NOT NULL CHECK (status IN ('attached', 'pending', 'approved', 'rejected')),
  phone text NOT NULL CHECK (phone ~ '^\+[1-9][0-9]{6,14}$'),
  name text NOT NULL CHECK (name <> ''),
  email text NOT NULL CHECK (email = lower(email) AND email <> ''),
  account_number text CHECK (account_number <> ''),
  locale text NOT NULL CHECK (locale IN ('ru', 'pl', 'en')),
  -- the person it was attached to or became
  person_id uuid,
  -- the unit the account number names; after approval the unit chosen
  unit_id uuid,
  reason text CHECK (reason <> ''),
  decided_by uuid,
  created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  decided_at timestamptz,
  FOREIGN KEY (tenant_id, person_id) REFERENCES people (tenant_id, id),
  FOREIGN KEY (tenant_id, unit_id) REFERENCES units (tenant_id, id),
  FOREIGN KEY (tenant_id, decided_by) REFERENCES people (tenant_id, id),
  CHECK ((status IN ('attached', 'approved')) = (person_id IS NOT NULL)),
  CHECK ((status IN ('approved', 'rejected')) = (decided_by IS NOT NULL)),
  CHECK ((decided_by IS NULL) = (decided_at IS NULL)),
  CHECK (reason IS NULL OR status = 'rejected')
);
-- a phone waits for one decision at a time: registering again replaces the request
CREATE UNIQUE INDEX registrations_one_pending ON registrations (tenant_id, phone)
  WHERE status = 'pending';
CREATE INDEX registrations_newest ON registrations (tenant_id, created_at DESC, id DESC);

-- SMS to send, queued in the transaction that causes them (src/sms/sender.ts delivers them):
-- a provider that is down only delays them.
CREATE TABLE sms_outbox (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  to_phone text NOT NULL CHECK (to_phone ~ '^\+[1-9][0-9]{6,14}$'),
  -- the name the phone shows as the sender
  sender text NOT NULL CHECK (sender <> ''),
  text_body text NOT NULL CHECK (text_body <> ''),
  created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  sent_at timestamptz,
  provider_ref text,
  -- refused by the provider (a number it cannot serve): asking again is no use
  failed_at timestamptz,
  last_error text
);
CREATE INDEX sms_outbox_due ON sms_outbox (next_attempt_at)
  WHERE sent_at IS NULL AND failed_at IS NULL;

SELECT atrium_protect('registration_codes');
SELECT atrium_protect('registrations');
SELECT atrium_protect('sms_outbox');

-- Codes asked for (per phone and address) and registrations tried (per phone and address)
-- are counted like sign-ins (src/auth/rate-limit.ts); the phone is in the email column.
ALTER TABLE login_attempts
  DROP CONSTRAINT login_attempts_action_check,
  ADD CONSTRAINT login_attempts_action_check
    CHECK (action IN ('sign_in', 'password_reset', 'card_lookup', 'registration_code', 'registration'));

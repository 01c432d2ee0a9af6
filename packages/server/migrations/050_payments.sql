-- Unit accounts (FIN-1): charges by month and title, payments and utilities settlements.
-- An amount is signed as the account sees it, in the tenant currency's minor units: a
-- charge lowers the balance, a payment raises it, so the balance is the sum of the entries.
-- The balance is kept on the account, within the contract's Money bound like each amount, so
-- a booking that would take it past the bound fails whole and it always fits a JS number.
ALTER TABLE accounts ADD UNIQUE (tenant_id, id);
ALTER TABLE accounts
  ADD balance bigint NOT NULL DEFAULT 0 CHECK (balance BETWEEN -100000000000 AND 100000000000);

-- Entries are only ever inserted, never updated or deleted (a correction is a new entry), so
-- the running balance the insert trigger keeps stays the sum of the account's entries.
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
  -- Newest first by booked_at, then id (as the cursor holds them): clock_timestamp() keeps one
  -- transaction's bookings apart, and id orders those given the same instant.
  booked_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  -- Where a booking came from and its key there: FIN-2/FIN-6 book provider payments under
  -- (provider, event id), so a replayed provider event books once.
  source text CHECK (source <> ''),
  reference text CHECK (reference <> ''),
  FOREIGN KEY (tenant_id, account_id) REFERENCES accounts (tenant_id, id),
  CONSTRAINT account_entries_charge_negative CHECK (kind <> 'charge' OR amount < 0),
  CONSTRAINT account_entries_payment_positive CHECK (kind <> 'payment' OR amount > 0),
  CONSTRAINT account_entries_settlement_nonzero CHECK (kind <> 'settlement' OR amount <> 0),
  CONSTRAINT account_entries_title_of_kind CHECK ((kind = 'payment') = (title = 'payment')),
  CONSTRAINT account_entries_source_with_reference CHECK ((source IS NULL) = (reference IS NULL)),
  CONSTRAINT account_entries_booked_once UNIQUE (tenant_id, source, reference)
);
CREATE INDEX account_entries_newest ON account_entries (account_id, booked_at DESC, id DESC);

CREATE FUNCTION account_entries_book() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE accounts SET balance = balance + NEW.amount
   WHERE tenant_id = NEW.tenant_id AND id = NEW.account_id;
  RETURN NULL;
END $$;
CREATE TRIGGER account_entries_book AFTER INSERT ON account_entries
  FOR EACH ROW EXECUTE FUNCTION account_entries_book();

CREATE FUNCTION account_entries_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'account entries are never updated or deleted; book a correction'
    USING ERRCODE = 'restrict_violation';
END $$;
CREATE TRIGGER account_entries_refuse_change BEFORE UPDATE OR DELETE ON account_entries
  FOR EACH ROW EXECUTE FUNCTION account_entries_refuse_change();

SELECT atrium_protect('account_entries');

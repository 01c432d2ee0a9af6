-- The checks of a pending payment at its provider that failed in a row (the provider down or
-- answering what we cannot read): each one doubles the wait before the reconciliation asks
-- after the payment again (src/payments/check-backoff.ts); a check that gets an answer starts
-- the count again.
ALTER TABLE payments ADD check_failures integer NOT NULL DEFAULT 0 CHECK (check_failures >= 0);

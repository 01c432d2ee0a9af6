-- The process running a keyed request's first send (src/db/liveness.ts): a retry after that
-- process died takes the key over at once, instead of waiting out the lease.
ALTER TABLE idempotency_keys ADD COLUMN claimed_by uuid;
-- What the first send made, written in the same transaction as the thing itself
-- (src/idempotency/once.ts): a retry after a crash finds it rather than making another.
ALTER TABLE idempotency_keys ADD COLUMN made_id uuid;

-- Answers to requests sent with an Idempotency-Key (src/idempotency/): a retry with the
-- same key and request gets the stored answer for 24 hours instead of running again.
-- status IS NULL while the first request is still running.
CREATE TABLE idempotency_keys (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  key text NOT NULL,
  operation text NOT NULL,
  request_hash bytea NOT NULL,
  status integer,
  content_type text,
  body text,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, key)
);
CREATE INDEX idempotency_keys_age ON idempotency_keys (tenant_id, created_at);

SELECT atrium_protect('idempotency_keys');

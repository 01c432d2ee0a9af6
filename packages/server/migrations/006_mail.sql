-- Transactional outbox: a mail is written in the same transaction as what caused it and
-- sent later by src/mail/sender.ts, which any node may run.
CREATE TABLE mail_outbox (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  to_address text NOT NULL,
  subject text NOT NULL,
  text_body text NOT NULL,
  html_body text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  sent_at timestamptz,
  last_error text
);
CREATE INDEX mail_outbox_due ON mail_outbox (next_attempt_at) WHERE sent_at IS NULL;

SELECT atrium_protect('mail_outbox');

-- Secrets generated once and shared by every node (the token key when TOKEN_SECRET is unset).
CREATE TABLE server_secrets (
  name text PRIMARY KEY,
  value text NOT NULL
);
GRANT SELECT, INSERT ON server_secrets TO atrium_system;

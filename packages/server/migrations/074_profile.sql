-- The profile (FIN-4) and notifications (NOTE-1, NOTE-2).

-- The number of people living in a unit, as declared by its owners and residents. Every
-- declaration is kept; the latest of the unit counts, whoever linked to it made it.
CREATE TABLE occupant_declarations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  unit_id uuid NOT NULL,
  declared_by uuid NOT NULL,
  occupants integer NOT NULL CHECK (occupants BETWEEN 0 AND 99),
  declared_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  FOREIGN KEY (tenant_id, unit_id) REFERENCES units (tenant_id, id),
  FOREIGN KEY (tenant_id, declared_by) REFERENCES people (tenant_id, id)
);
CREATE INDEX occupant_declarations_latest
  ON occupant_declarations (tenant_id, unit_id, declared_at DESC, id DESC);

-- A new e-mail asked for and not yet confirmed: only the hash of the mailed token is kept.
-- A newer request of the person replaces it; confirming it ends it.
CREATE TABLE email_changes (
  token_hash bytea PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  person_id uuid NOT NULL,
  email text NOT NULL CHECK (email = lower(email) AND email <> ''),
  created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  expires_at timestamptz NOT NULL,
  confirmed_at timestamptz,
  replaced_at timestamptz,
  FOREIGN KEY (tenant_id, person_id) REFERENCES people (tenant_id, id),
  CHECK (confirmed_at IS NULL OR replaced_at IS NULL)
);
CREATE INDEX email_changes_open ON email_changes (tenant_id, person_id)
  WHERE confirmed_at IS NULL AND replaced_at IS NULL;

-- NOTE-1: an explicit setting per kind, for the company and for a person; no row is unset.
CREATE TABLE company_notification_settings (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  kind text NOT NULL CHECK (kind IN ('ticket_updates', 'registration_requests')),
  setting text NOT NULL CHECK (setting IN ('send', 'dont_send')),
  PRIMARY KEY (tenant_id, kind)
);

CREATE TABLE person_notification_settings (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  person_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('ticket_updates', 'registration_requests')),
  setting text NOT NULL CHECK (setting IN ('send', 'dont_send')),
  PRIMARY KEY (tenant_id, person_id, kind),
  FOREIGN KEY (tenant_id, person_id) REFERENCES people (tenant_id, id)
);

SELECT atrium_protect('occupant_declarations');
SELECT atrium_protect('email_changes');
SELECT atrium_protect('company_notification_settings');
SELECT atrium_protect('person_notification_settings');

-- NOTE-2: a notification mail carries List-Unsubscribe headers; any mail may carry its own.
ALTER TABLE mail_outbox ADD headers jsonb NOT NULL DEFAULT '{}';

-- E-mail changes asked for are counted per person and address like sign-ins
-- (src/auth/rate-limit.ts): each one mails a stranger's address.
ALTER TABLE login_attempts
  DROP CONSTRAINT login_attempts_action_check,
  ADD CONSTRAINT login_attempts_action_check
    CHECK (action IN ('sign_in', 'password_reset', 'card_lookup', 'registration_code',
                      'registration', 'email_change'));

-- A session is one sign-in (the family of its refresh tokens, AUTH-2). Refresh and reset
-- tokens are stored only as SHA-256 hashes.
CREATE TABLE sessions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  person_id uuid NOT NULL,
  user_agent text,
  created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  last_used_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz,
  UNIQUE (tenant_id, id),
  FOREIGN KEY (tenant_id, person_id) REFERENCES people (tenant_id, id)
);
CREATE INDEX sessions_person_newest ON sessions (person_id, created_at DESC, id DESC);

CREATE TABLE refresh_tokens (
  token_hash bytea PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  session_id uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  FOREIGN KEY (tenant_id, session_id) REFERENCES sessions (tenant_id, id)
);
CREATE INDEX refresh_tokens_session ON refresh_tokens (session_id);

CREATE TABLE password_resets (
  token_hash bytea PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  person_id uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  FOREIGN KEY (tenant_id, person_id) REFERENCES people (tenant_id, id)
);

-- Failed sign-ins and reset requests, counted per account and per client address
-- (src/auth/rate-limit.ts); kept in PostgreSQL so every node sees the same counts.
CREATE TABLE login_attempts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  action text NOT NULL CHECK (action IN ('sign_in', 'password_reset')),
  email text NOT NULL,
  address text NOT NULL,
  attempted_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX login_attempts_email ON login_attempts (tenant_id, action, email, attempted_at);
CREATE INDEX login_attempts_address ON login_attempts (tenant_id, action, address, attempted_at);

SELECT atrium_protect('sessions');
SELECT atrium_protect('refresh_tokens');
SELECT atrium_protect('password_resets');
SELECT atrium_protect('login_attempts');

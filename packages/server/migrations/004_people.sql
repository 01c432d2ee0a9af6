-- People of a tenant: staff (staff_role) and the owners, residents and board members
-- linked to units (DIR-3). AUTH-4: people are deactivated, never deleted.
CREATE TABLE people (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  email text NOT NULL CHECK (email = lower(email) AND email <> ''),
  name text NOT NULL CHECK (name <> ''),
  locale text NOT NULL CHECK (locale IN ('ru', 'pl', 'en')),
  password_hash text,
  staff_role text CHECK (staff_role IN ('manager', 'director', 'accountant')),
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, id),
  UNIQUE (tenant_id, email)
);

CREATE TABLE person_units (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  person_id uuid NOT NULL,
  unit_id uuid NOT NULL,
  role text NOT NULL CHECK (role IN ('owner', 'resident', 'board_member')),
  -- the owner's share of the unit (1 = sole owner); only owners hold one
  ownership_share numeric(9, 8),
  PRIMARY KEY (person_id, unit_id, role),
  FOREIGN KEY (tenant_id, person_id) REFERENCES people (tenant_id, id),
  FOREIGN KEY (tenant_id, unit_id) REFERENCES units (tenant_id, id),
  CHECK (
    (role = 'owner' AND ownership_share > 0 AND ownership_share <= 1)
    OR (role <> 'owner' AND ownership_share IS NULL)
  )
);

SELECT atrium_protect('people');
SELECT atrium_protect('person_units');

-- DIR-2 groups hold quarters, quarters hold properties; DIR-1 a property's required
-- fields; DIR-3 units belong to a property and have accounts. Areas are exact decimals.
CREATE TABLE property_groups (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  name text NOT NULL CHECK (name <> ''),
  UNIQUE (tenant_id, id)
);

CREATE TABLE quarters (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  group_id uuid NOT NULL,
  name text NOT NULL CHECK (name <> ''),
  UNIQUE (tenant_id, id),
  FOREIGN KEY (tenant_id, group_id) REFERENCES property_groups (tenant_id, id)
);

CREATE TABLE properties (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  quarter_id uuid,
  name text NOT NULL CHECK (name <> ''),
  type text NOT NULL CHECK (type <> ''),
  legal_entity text NOT NULL CHECK (legal_entity <> ''),
  address text NOT NULL CHECK (address <> ''),
  -- without the total area no owners' general meeting can be held (DIR-1, VOTE-2)
  total_area numeric(12, 2) NOT NULL CHECK (total_area > 0),
  UNIQUE (tenant_id, id),
  FOREIGN KEY (tenant_id, quarter_id) REFERENCES quarters (tenant_id, id)
);

CREATE TABLE units (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  property_id uuid NOT NULL,
  number text NOT NULL CHECK (number <> ''),
  area numeric(10, 2) NOT NULL CHECK (area > 0),
  UNIQUE (tenant_id, id),
  UNIQUE (property_id, number),
  FOREIGN KEY (tenant_id, property_id) REFERENCES properties (tenant_id, id)
);

CREATE TABLE accounts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  unit_id uuid NOT NULL,
  number text NOT NULL CHECK (number <> ''),
  UNIQUE (tenant_id, number),
  FOREIGN KEY (tenant_id, unit_id) REFERENCES units (tenant_id, id)
);

SELECT atrium_protect('property_groups');
SELECT atrium_protect('quarters');
SELECT atrium_protect('properties');
SELECT atrium_protect('units');
SELECT atrium_protect('accounts');

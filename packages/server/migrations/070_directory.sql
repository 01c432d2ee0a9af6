-- The directory kept by managers (DIR-1..3, AUTH-4): nothing is deleted, an entry is
-- deactivated and leaves the default lists with its history kept.
ALTER TABLE property_groups ADD active boolean NOT NULL DEFAULT true;
ALTER TABLE quarters ADD active boolean NOT NULL DEFAULT true;
ALTER TABLE properties ADD active boolean NOT NULL DEFAULT true;
ALTER TABLE units ADD active boolean NOT NULL DEFAULT true;
ALTER TABLE accounts ADD active boolean NOT NULL DEFAULT true;

-- A person may be in the directory before anyone knows their e-mail (an import, a phone
-- registration, DIR-5); without one there is no portal access (AUTH-1).
ALTER TABLE people ALTER COLUMN email DROP NOT NULL;
ALTER TABLE people ADD phone text CHECK (phone ~ '^\+[1-9][0-9]{6,14}$');

CREATE INDEX quarters_group ON quarters (tenant_id, group_id);
CREATE INDEX properties_quarter ON properties (tenant_id, quarter_id);
CREATE INDEX accounts_unit ON accounts (tenant_id, unit_id);
CREATE INDEX person_units_unit ON person_units (tenant_id, unit_id);

-- Who changed what, when, and the entry before and after (the audit log). Rows are only
-- ever added: no role may change or remove one.
CREATE TABLE audit_log (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  at timestamptz NOT NULL DEFAULT clock_timestamp(),
  -- null: the system itself (the demo, a job)
  actor_id uuid,
  action text NOT NULL CHECK (action IN (
    'created', 'changed', 'deactivated', 'reactivated', 'linked', 'unlinked',
    'access_granted', 'access_revoked', 'viewed_as_client')),
  entity_type text NOT NULL CHECK (entity_type IN (
    'property_group', 'quarter', 'property', 'unit', 'account', 'person', 'unit_link')),
  -- a unit link is entered under its unit, with the person as the related id
  entity_id uuid NOT NULL,
  related_id uuid,
  before jsonb,
  after jsonb,
  FOREIGN KEY (tenant_id, actor_id) REFERENCES people (tenant_id, id)
);
CREATE INDEX audit_log_newest ON audit_log (tenant_id, at DESC, id DESC);
CREATE INDEX audit_log_entity ON audit_log (tenant_id, entity_id, at DESC, id DESC);
CREATE INDEX audit_log_related ON audit_log (tenant_id, related_id, at DESC, id DESC)
  WHERE related_id IS NOT NULL;

SELECT atrium_protect('audit_log');
REVOKE UPDATE, DELETE ON audit_log FROM atrium_app, atrium_system;

-- Every change to a directory table is logged by the database itself, so no write path
-- (a route, an import, a migration) can forget it. The actor is the transaction's
-- `app.actor_id` (src/audit/actor.ts). Secrets never reach the log; a change that touches
-- nothing else (a new password) is not a directory change and is not logged.
CREATE FUNCTION atrium_audit() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  entity text := TG_ARGV[0];
  old_row jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) - 'tenant_id' - 'password_hash' END;
  new_row jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) - 'tenant_id' - 'password_hash' END;
  current_row jsonb := coalesce(new_row, old_row);
  action text;
BEGIN
  IF TG_OP = 'UPDATE' AND old_row = new_row THEN
    RETURN NULL;
  END IF;
  action := CASE
    WHEN entity = 'unit_link' THEN
      CASE TG_OP WHEN 'INSERT' THEN 'linked' WHEN 'DELETE' THEN 'unlinked' ELSE 'changed' END
    WHEN TG_OP = 'INSERT' THEN 'created'
    WHEN (old_row ->> 'active')::boolean AND NOT (new_row ->> 'active')::boolean THEN 'deactivated'
    WHEN NOT (old_row ->> 'active')::boolean AND (new_row ->> 'active')::boolean THEN 'reactivated'
    ELSE 'changed'
  END;
  INSERT INTO audit_log (tenant_id, actor_id, action, entity_type, entity_id, related_id, before, after)
  VALUES (
    CASE WHEN TG_OP = 'DELETE' THEN OLD.tenant_id ELSE NEW.tenant_id END,
    nullif(current_setting('app.actor_id', true), '')::uuid,
    action,
    entity,
    (current_row ->> CASE WHEN entity = 'unit_link' THEN 'unit_id' ELSE 'id' END)::uuid,
    CASE WHEN entity = 'unit_link' THEN (current_row ->> 'person_id')::uuid END,
    old_row,
    new_row
  );
  RETURN NULL;
END $$;

CREATE TRIGGER audit AFTER INSERT OR UPDATE ON property_groups
  FOR EACH ROW EXECUTE FUNCTION atrium_audit('property_group');
CREATE TRIGGER audit AFTER INSERT OR UPDATE ON quarters
  FOR EACH ROW EXECUTE FUNCTION atrium_audit('quarter');
CREATE TRIGGER audit AFTER INSERT OR UPDATE ON properties
  FOR EACH ROW EXECUTE FUNCTION atrium_audit('property');
CREATE TRIGGER audit AFTER INSERT OR UPDATE ON units
  FOR EACH ROW EXECUTE FUNCTION atrium_audit('unit');
CREATE TRIGGER audit AFTER INSERT OR UPDATE ON accounts
  FOR EACH ROW EXECUTE FUNCTION atrium_audit('account');
CREATE TRIGGER audit AFTER INSERT OR UPDATE ON people
  FOR EACH ROW EXECUTE FUNCTION atrium_audit('person');
CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON person_units
  FOR EACH ROW EXECUTE FUNCTION atrium_audit('unit_link');

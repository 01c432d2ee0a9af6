-- Two NOLOGIN roles the connecting user switches to per transaction (src/db/scope.ts):
-- atrium_app sees one tenant's rows through row-level security, atrium_system sees all
-- (tenant lookup by slug, background jobs). Roles are cluster-wide, so another database
-- of the same cluster may be creating them at this very moment.
DO $$
BEGIN
  CREATE ROLE atrium_app NOLOGIN;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END $$;

DO $$
BEGIN
  CREATE ROLE atrium_system NOLOGIN;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END $$;

GRANT atrium_app, atrium_system TO CURRENT_USER;
GRANT USAGE ON SCHEMA public TO atrium_app, atrium_system;

-- Every tenant table gets the same protection: RLS enabled and forced, one policy that
-- limits atrium_app to the tenant of the transaction, one that lets atrium_system through.
CREATE FUNCTION atrium_protect(tbl regclass, tenant_column text DEFAULT 'tenant_id')
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', tbl);
  EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', tbl);
  EXECUTE format(
    'CREATE POLICY tenant_isolation ON %s TO atrium_app
       USING (%I = current_setting(''app.tenant_id'', true)::uuid)
       WITH CHECK (%I = current_setting(''app.tenant_id'', true)::uuid)',
    tbl, tenant_column, tenant_column);
  EXECUTE format('CREATE POLICY system_access ON %s TO atrium_system USING (true) WITH CHECK (true)', tbl);
  EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %s TO atrium_app, atrium_system', tbl);
END $$;

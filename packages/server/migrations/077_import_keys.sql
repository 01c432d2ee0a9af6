-- What the check pass of an import keeps of the rows before a batch (DIR-4): an entry per
-- unit, account and person of the file by the key rows are compared by, so a file of any
-- size is checked in the memory of one batch. Rebuilt from the top when a check restarts,
-- dropped when the import ends; a crash loses nothing the next claim needs, so it is not
-- worth a write-ahead log.
CREATE UNLOGGED TABLE import_keys (
  tenant_id uuid NOT NULL,
  import_id uuid NOT NULL,
  -- 'unit', 'account' or 'person' (src/imports/kinds/units/state.ts)
  kind text NOT NULL,
  key text NOT NULL,
  entry jsonb NOT NULL,
  PRIMARY KEY (import_id, kind, key),
  FOREIGN KEY (tenant_id, import_id) REFERENCES imports (tenant_id, id) ON DELETE CASCADE
);

SELECT atrium_protect('import_keys');

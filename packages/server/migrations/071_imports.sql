-- Imports of the directory from template files (DIR-4): the uploaded file waits as a large
-- object while a node checks it and then writes it in one transaction; every bad row and
-- column is kept to be listed in the reader's language.
CREATE TABLE imports (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  kind text NOT NULL CHECK (kind IN ('properties', 'units')),
  format text NOT NULL CHECK (format IN ('xlsx', 'csv')),
  file_name text CHECK (file_name <> ''),
  -- the file, until the import ends (src/uploads/large-object.ts: read only through this row)
  large_object oid,
  size bigint NOT NULL CHECK (size >= 0),
  status text NOT NULL DEFAULT 'checking' CHECK (status IN ('checking', 'invalid', 'importing', 'done', 'failed')),
  row_count integer CHECK (row_count >= 0),
  rows_checked integer NOT NULL DEFAULT 0 CHECK (rows_checked >= 0),
  rows_imported integer NOT NULL DEFAULT 0 CHECK (rows_imported >= 0),
  error_count integer NOT NULL DEFAULT 0 CHECK (error_count >= 0),
  -- ImportCounts: what the import created
  created jsonb NOT NULL,
  uploaded_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz,
  -- The node running it: a token of its claim, held until lease_until unless renewed. A
  -- node that stops leaves it to be claimed again once the lease runs out.
  claim uuid,
  lease_until timestamptz NOT NULL DEFAULT now(),
  -- claims so far: an import that brought its node down again and again is given up
  attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  UNIQUE (tenant_id, id),
  FOREIGN KEY (tenant_id, uploaded_by) REFERENCES people (tenant_id, id),
  CHECK ((status IN ('checking', 'importing')) = (finished_at IS NULL)),
  CHECK ((status IN ('checking', 'importing')) = (large_object IS NOT NULL))
);
CREATE INDEX imports_newest ON imports (tenant_id, created_at DESC, id DESC);
CREATE INDEX imports_running ON imports (lease_until) WHERE status IN ('checking', 'importing');

CREATE TABLE import_errors (
  tenant_id uuid NOT NULL,
  import_id uuid NOT NULL,
  -- the order found, which is the file's
  seq integer NOT NULL CHECK (seq >= 1),
  -- null: the file as a whole
  file_row integer CHECK (file_row >= 1),
  -- a column's key as the header row gives it; null: the row as a whole
  column_key text,
  code text NOT NULL,
  params jsonb,
  PRIMARY KEY (import_id, seq),
  FOREIGN KEY (tenant_id, import_id) REFERENCES imports (tenant_id, id) ON DELETE CASCADE
);

SELECT atrium_protect('imports');
SELECT atrium_protect('import_errors');

-- OWN-5 agent reports: a file the accounting system produced for one owner, unit and month,
-- uploaded by a manager. One row per owner, unit, month and format; a new upload replaces
-- the file in place (same id, next revision). The bytes live in report_files as ~256 KB
-- chunks, so both engines store them and downloads stream chunk by chunk.
CREATE TABLE agent_reports (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  owner_id uuid NOT NULL,
  unit_id uuid NOT NULL,
  month date NOT NULL CHECK (extract(day FROM month) = 1),
  format text NOT NULL CHECK (format IN ('pdf', 'xlsx')),
  file_name text CHECK (file_name <> '' AND length(file_name) <= 200),
  size integer NOT NULL CHECK (size > 0),
  -- bumped by every replacement; a download in progress stops rather than mix two files
  revision integer NOT NULL DEFAULT 1,
  uploaded_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  UNIQUE (tenant_id, id),
  UNIQUE (tenant_id, owner_id, unit_id, month, format),
  FOREIGN KEY (tenant_id, owner_id) REFERENCES people (tenant_id, id),
  FOREIGN KEY (tenant_id, unit_id) REFERENCES units (tenant_id, id),
  FOREIGN KEY (tenant_id, uploaded_by) REFERENCES people (tenant_id, id)
);
CREATE INDEX agent_reports_newest ON agent_reports (tenant_id, month DESC, unit_id);

CREATE TABLE report_files (
  tenant_id uuid NOT NULL,
  report_id uuid NOT NULL,
  seq integer NOT NULL CHECK (seq >= 0),
  data bytea NOT NULL,
  PRIMARY KEY (report_id, seq),
  FOREIGN KEY (tenant_id, report_id) REFERENCES agent_reports (tenant_id, id) ON DELETE CASCADE
);

SELECT atrium_protect('agent_reports');
SELECT atrium_protect('report_files');

import type { Sql } from '../db/scope.js';
import { contentTypes, type ReportFormat } from './formats.js';
import type { Report, ReportKey } from './order.js';
import type { UploadedFile } from './upload-body.js';

/** An agent report with what a download needs besides the Report itself. */
export interface StoredReport {
  report: Report;
  ownerId: string;
  format: ReportFormat;
  fileName: string | null;
  size: number;
  revision: number;
}

interface Row {
  id: string;
  owner_id: string;
  unit_id: string;
  unit_number: string;
  month: string;
  format: ReportFormat;
  file_name: string | null;
  size: number;
  revision: number;
  created_at: Date;
}

const columns = `r.id, r.owner_id, r.unit_id, u.number AS unit_number,
  to_char(r.month, 'YYYY-MM') AS month, r.format, r.file_name, r.size, r.revision, r.created_at`;
const fromReports = `agent_reports r JOIN units u ON u.tenant_id = r.tenant_id AND u.id = r.unit_id`;

function fromRow(r: Row): StoredReport {
  return {
    report: {
      id: r.id,
      kind: 'agent_report',
      unitId: r.unit_id,
      unitNumber: r.unit_number,
      month: r.month,
      files: [
        {
          format: r.format,
          contentType: contentTypes[r.format],
          size: r.size,
          href: `/reports/agent/${r.id}`,
        },
      ],
      createdAt: r.created_at.toISOString(),
    },
    ownerId: r.owner_id,
    format: r.format,
    fileName: r.file_name,
    size: r.size,
    revision: r.revision,
  };
}

/** Whether the person owns the unit in this tenant: unit and person each may be unknown. */
export async function ownership(sql: Sql, tenantId: string, ownerId: string, unitId: string) {
  const { rows } = await sql.query<{ unit: boolean; person: boolean; owns: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM units WHERE tenant_id = $1 AND id = $3) AS unit,
            EXISTS (SELECT 1 FROM people WHERE tenant_id = $1 AND id = $2) AS person,
            EXISTS (SELECT 1 FROM person_units
                     WHERE tenant_id = $1 AND person_id = $2 AND unit_id = $3
                       AND role = 'owner') AS owns`,
    [tenantId, ownerId, unitId],
  );
  return rows[0] ?? { unit: false, person: false, owns: false };
}

/**
 * Stores an upload; one for the same owner, unit, month and format replaces the earlier
 * file under the same id (the row lock also queues two simultaneous replacements).
 */
export async function saveAgentReport(
  sql: Sql,
  upload: {
    tenantId: string;
    ownerId: string;
    unitId: string;
    month: string;
    format: ReportFormat;
    fileName: string | null;
    uploadedBy: string;
    file: UploadedFile;
  },
): Promise<StoredReport> {
  const { rows } = await sql.query<{ id: string }>(
    `INSERT INTO agent_reports AS r
            (tenant_id, owner_id, unit_id, month, format, file_name, size, uploaded_by)
     VALUES ($1, $2, $3, ($4 || '-01')::date, $5, $6, $7, $8)
     ON CONFLICT (tenant_id, owner_id, unit_id, month, format) DO UPDATE
        SET file_name = excluded.file_name, size = excluded.size,
            uploaded_by = excluded.uploaded_by, revision = r.revision + 1,
            created_at = clock_timestamp()
     RETURNING id`,
    [
      upload.tenantId,
      upload.ownerId,
      upload.unitId,
      upload.month,
      upload.format,
      upload.fileName,
      upload.file.size,
      upload.uploadedBy,
    ],
  );
  const id = rows[0]?.id;
  if (!id) throw new Error('agent report not stored');
  await sql.query('DELETE FROM report_files WHERE tenant_id = $1 AND report_id = $2', [
    upload.tenantId,
    id,
  ]);
  for (const [seq, data] of upload.file.chunks.entries()) {
    await sql.query(
      'INSERT INTO report_files (tenant_id, report_id, seq, data) VALUES ($1, $2, $3, $4)',
      [upload.tenantId, id, seq, data],
    );
  }
  const stored = await findAgentReport(sql, upload.tenantId, id);
  if (!stored) throw new Error('agent report not found after storing');
  return stored;
}

export async function findAgentReport(
  sql: Sql,
  tenantId: string,
  id: string,
): Promise<StoredReport | null> {
  const { rows } = await sql.query<Row>(
    `SELECT ${columns} FROM ${fromReports} WHERE r.tenant_id = $1 AND r.id = $2`,
    [tenantId, id],
  );
  return rows[0] ? fromRow(rows[0]) : null;
}

/**
 * One page of agent reports after a list position: every owner's (ownerId null, for staff)
 * or one owner's, optionally of one unit, in the order of compareKeys.
 */
export async function listAgentReports(
  sql: Sql,
  query: {
    tenantId: string;
    ownerId: string | null;
    unitId: string | undefined;
    after: ReportKey | null;
    limit: number;
  },
): Promise<Report[]> {
  const { after } = query;
  const { rows } = await sql.query<Row>(
    `SELECT ${columns} FROM ${fromReports}
      WHERE r.tenant_id = $1
        AND ($2::uuid IS NULL OR r.owner_id = $2)
        AND ($3::uuid IS NULL OR r.unit_id = $3)
        AND ($4::text IS NULL OR r.month < ($4 || '-01')::date
             OR (r.month = ($4 || '-01')::date
                 AND ('agent_report', u.number COLLATE "C", r.id::text COLLATE "C")
                     > ($5::text, $6::text COLLATE "C", $7::text COLLATE "C")))
      ORDER BY r.month DESC, u.number COLLATE "C", r.id::text COLLATE "C"
      LIMIT $8`,
    [
      query.tenantId,
      query.ownerId,
      query.unitId ?? null,
      after?.month ?? null,
      after?.kind ?? null,
      after?.unitNumber ?? null,
      after?.id ?? null,
      query.limit,
    ],
  );
  return rows.map((row) => fromRow(row).report);
}

/** One chunk of a report's file, or null once the report is gone or was replaced. */
export async function readChunk(
  sql: Sql,
  at: { tenantId: string; reportId: string; revision: number; seq: number },
): Promise<Buffer | null> {
  const { rows } = await sql.query<{ data: Buffer }>(
    `SELECT f.data FROM report_files f
       JOIN agent_reports r ON r.tenant_id = f.tenant_id AND r.id = f.report_id
      WHERE f.tenant_id = $1 AND f.report_id = $2 AND r.revision = $3 AND f.seq = $4`,
    [at.tenantId, at.reportId, at.revision, at.seq],
  );
  return rows[0]?.data ?? null;
}

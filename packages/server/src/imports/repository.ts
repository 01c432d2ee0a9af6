import type {
  Import,
  ImportCounts,
  ImportFormat,
  ImportKind,
  ImportStatus,
  Locale,
} from '@atrium/sdk';
import { one, type Sql } from '../db/scope.js';
import type { Cursor } from '../pagination/cursor.js';
import { paged, type Page } from '../pagination/page.js';
import { createLargeObject, unlinkLargeObjects } from '../uploads/large-object.js';
import type { UploadedFile } from '../uploads/raw-body.js';
import { noneCreated } from './kinds/kind.js';

const selectImports = `
  SELECT i.id, i.kind, i.format, i.file_name AS "fileName", i.status, i.row_count AS "rowCount",
         i.rows_checked AS "rowsChecked", i.rows_imported AS "rowsImported",
         i.error_count AS "errorCount", i.created,
         json_build_object('id', p.id, 'name', p.name) AS "uploadedBy",
         i.created_at AS "createdAt", i.finished_at AS "finishedAt",
         to_char(i.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS created_key
    FROM imports i JOIN people p ON p.tenant_id = i.tenant_id AND p.id = i.uploaded_by`;

type ImportRow = Omit<Import, 'createdAt' | 'finishedAt'> & {
  createdAt: Date;
  finishedAt: Date | null;
  created_key: string;
};

const fromRow = ({ created_key: _, ...row }: ImportRow): Import => ({
  ...row,
  createdAt: row.createdAt.toISOString(),
  finishedAt: row.finishedAt?.toISOString() ?? null,
});

/** Stores an upload and its import, to be checked; claimable by any node at once. */
export async function insertImport(
  sql: Sql,
  upload: {
    tenantId: string;
    kind: ImportKind;
    format: ImportFormat;
    fileName: string | null;
    file: UploadedFile;
    uploadedBy: string;
  },
): Promise<Import> {
  const oid = await createLargeObject(sql, upload.file);
  const { id } = one(
    await sql.query<{ id: string }>(
      `INSERT INTO imports (tenant_id, kind, format, file_name, large_object, size, created, uploaded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [
        upload.tenantId,
        upload.kind,
        upload.format,
        upload.fileName,
        oid,
        upload.file.size,
        noneCreated(),
        upload.uploadedBy,
      ],
    ),
  );
  const found = await findImport(sql, upload.tenantId, id);
  if (!found) throw new Error(`import ${id} not stored`);
  return found;
}

export async function findImport(sql: Sql, tenantId: string, importId: string) {
  const { rows } = await sql.query<ImportRow>(
    `${selectImports} WHERE i.tenant_id = $1 AND i.id = $2`,
    [tenantId, importId],
  );
  const [row] = rows;
  return row ? fromRow(row) : null;
}

/** A page of the tenant's imports, newest first. */
export async function listImports(
  sql: Sql,
  q: { tenantId: string; after: Cursor | null; limit: number },
): Promise<Page<Import, Cursor>> {
  const { rows } = await sql.query<ImportRow>(
    `${selectImports}
      WHERE i.tenant_id = $1
        AND ($2::timestamptz IS NULL OR (i.created_at, i.id) < ($2::timestamptz, $3::uuid))
      ORDER BY i.created_at DESC, i.id DESC
      LIMIT $4`,
    [q.tenantId, q.after?.at ?? null, q.after?.id ?? null, q.limit + 1],
  );
  return paged(rows, q.limit, fromRow, (row) => ({ at: row.created_key, id: row.id }));
}

/** An import a node has claimed to run, as running it needs it. */
export interface ClaimedImport {
  id: string;
  tenantId: string;
  kind: ImportKind;
  format: ImportFormat;
  size: number;
  uploadedBy: string;
  defaultLocale: Locale;
  attempts: number;
  /** This node's token: every later write of the import names it, so a lost claim shows. */
  claim: string;
}

/**
 * Claims the oldest import that waits for a node: new, or left by a node that stopped (its
 * lease ran out). One being written is locked by its transaction and skipped.
 */
export async function claimNext(
  sql: Sql,
  q: { claim: string; leaseSeconds: number },
): Promise<ClaimedImport | null> {
  const { rows } = await sql.query<Omit<ClaimedImport, 'claim'>>(
    `UPDATE imports i SET claim = $1, lease_until = now() + make_interval(secs => $2),
                          attempts = i.attempts + 1
       FROM tenants t
      WHERE i.id = (SELECT id FROM imports
                     WHERE status IN ('checking', 'importing') AND lease_until <= now()
                     ORDER BY created_at, id LIMIT 1 FOR UPDATE SKIP LOCKED)
        AND t.id = i.tenant_id
      RETURNING i.id, i.tenant_id AS "tenantId", i.kind, i.format, i.size::float8 AS size,
                i.uploaded_by AS "uploadedBy", t.default_locale AS "defaultLocale", i.attempts`,
    [q.claim, q.leaseSeconds],
  );
  const [row] = rows;
  return row ? { ...row, claim: q.claim } : null;
}

/** Up to `length` bytes of an import's file from `offset`, or null once it is gone. */
export async function readImportPart(
  sql: Sql,
  job: ClaimedImport,
  offset: number,
  length: number,
): Promise<Buffer | null> {
  // base64 rather than bytea's hex: a third less text to receive and parse
  const { rows } = await sql.query<{ data: string }>(
    `SELECT encode(lo_get(large_object, $3, $4), 'base64') AS data FROM imports
      WHERE tenant_id = $1 AND id = $2 AND large_object IS NOT NULL`,
    [job.tenantId, job.id, offset, length],
  );
  const data = rows[0]?.data;
  return data === undefined ? null : Buffer.from(data, 'base64');
}

/** Thrown when another node holds the import now: this one stops touching it. */
export class ClaimLost extends Error {
  constructor() {
    super('the import was claimed by another node');
  }
}

/** Runs an UPDATE of the import that holds only while the claim is this node's. */
async function whileClaimed(sql: Sql, job: ClaimedImport, set: string, values: unknown[]) {
  const { rowCount } = await sql.query(
    `UPDATE imports SET ${set} WHERE tenant_id = $1 AND id = $2 AND claim = $3`,
    [job.tenantId, job.id, job.claim, ...values],
  );
  if (!rowCount) throw new ClaimLost();
}

/** Starts a check from the top: a claim taken over from a stopped node redoes it all. */
export async function restartCheck(sql: Sql, job: ClaimedImport) {
  await whileClaimed(
    sql,
    job,
    "status = 'checking', row_count = NULL, rows_checked = 0, rows_imported = 0, error_count = 0",
    [],
  );
  await sql.query('DELETE FROM import_errors WHERE tenant_id = $1 AND import_id = $2', [
    job.tenantId,
    job.id,
  ]);
  await dropKeptKeys(sql, job);
}

/** What the check pass kept of the rows (src/imports/check/kept.ts), needed no more. */
const dropKeptKeys = (sql: Sql, job: ClaimedImport) =>
  sql.query('DELETE FROM import_keys WHERE tenant_id = $1 AND import_id = $2', [
    job.tenantId,
    job.id,
  ]);

/** Records how far the check is and renews the lease. */
export const saveCheckProgress = (
  sql: Sql,
  job: ClaimedImport,
  q: { rowsChecked: number; errorCount: number; leaseSeconds: number },
) =>
  whileClaimed(
    sql,
    job,
    'rows_checked = $4, error_count = $5, lease_until = now() + make_interval(secs => $6)',
    [q.rowsChecked, q.errorCount, q.leaseSeconds],
  );

/** Every row was good: the import is being written now. */
export async function startWriting(
  sql: Sql,
  job: ClaimedImport,
  q: { rowCount: number; leaseSeconds: number },
) {
  await whileClaimed(
    sql,
    job,
    "status = 'importing', row_count = $4, rows_checked = $4, lease_until = now() + make_interval(secs => $5)",
    [q.rowCount, q.leaseSeconds],
  );
  await dropKeptKeys(sql, job);
}

/**
 * Holds the import's row for the write transaction: no other node claims it meanwhile, and
 * should this one stop, the transaction's end frees it for another.
 */
export async function lockForWriting(sql: Sql, job: ClaimedImport) {
  const { rowCount } = await sql.query(
    'SELECT 1 FROM imports WHERE tenant_id = $1 AND id = $2 AND claim = $3 FOR UPDATE',
    [job.tenantId, job.id, job.claim],
  );
  if (!rowCount) throw new ClaimLost();
}

/** Ends an import and drops its file, which nothing reads any more. */
export async function finishImport(
  sql: Sql,
  job: ClaimedImport,
  end: {
    status: Extract<ImportStatus, 'invalid' | 'done' | 'failed'>;
    rowCount?: number | null;
    rowsImported?: number;
    created?: ImportCounts;
  },
) {
  const { rows } = await sql.query<{ large_object: number }>(
    `SELECT large_object FROM imports
      WHERE tenant_id = $1 AND id = $2 AND claim = $3 AND large_object IS NOT NULL FOR UPDATE`,
    [job.tenantId, job.id, job.claim],
  );
  if (!rows.length) throw new ClaimLost();
  await unlinkLargeObjects(
    sql,
    rows.map((r) => r.large_object),
  );
  await dropKeptKeys(sql, job);
  await whileClaimed(
    sql,
    job,
    `status = $4, finished_at = now(), large_object = NULL, claim = NULL,
     row_count = CASE WHEN $5::boolean THEN $6 ELSE row_count END,
     rows_imported = coalesce($7, rows_imported), created = coalesce($8, created)`,
    [
      end.status,
      end.rowCount !== undefined,
      end.rowCount ?? null,
      end.rowsImported ?? null,
      end.created ?? null,
    ],
  );
}

/** Lets another node (or this one, started again) claim the import at once. */
export const releaseClaim = (sql: Sql, job: ClaimedImport) =>
  whileClaimed(sql, job, 'lease_until = now()', []);

import type { FieldErrorCode, ImportError, Locale } from '@atrium/sdk';
import type { Sql } from '../db/scope.js';
import { fieldMessage, type Params } from '../errors/messages.js';
import { paged, type Page } from '../pagination/page.js';
import type { RowIssue } from './check/issues.js';

/** Stores a batch's issues, numbered on from `after` (the count stored before). */
export async function saveIssues(
  sql: Sql,
  q: { tenantId: string; importId: string; after: number; issues: RowIssue[] },
) {
  if (!q.issues.length) return;
  await sql.query(
    `INSERT INTO import_errors (tenant_id, import_id, seq, file_row, column_key, code, params)
     SELECT $1, $2, $3 + k.n, k.file_row, k.column_key, k.code, k.params
       FROM unnest($4::int[], $5::text[], $6::text[], $7::jsonb[]) WITH ORDINALITY
         AS k(file_row, column_key, code, params, n)`,
    [
      q.tenantId,
      q.importId,
      q.after,
      q.issues.map((i) => i.row),
      q.issues.map((i) => i.column),
      q.issues.map((i) => i.code),
      q.issues.map((i) => (i.params ? JSON.stringify(i.params) : null)),
    ],
  );
}

interface IssueRow {
  seq: number;
  row: number | null;
  column: string | null;
  code: FieldErrorCode;
  params: Params | null;
}

/** A page of an import's errors in file order, each reason in `locale`. */
export async function listIssues(
  sql: Sql,
  q: { tenantId: string; importId: string; after: number | null; limit: number; locale: Locale },
): Promise<Page<ImportError, number>> {
  const { rows } = await sql.query<IssueRow>(
    `SELECT seq, file_row AS row, column_key AS column, code, params FROM import_errors
      WHERE tenant_id = $1 AND import_id = $2 AND seq > $3
      ORDER BY seq LIMIT $4`,
    [q.tenantId, q.importId, q.after ?? 0, q.limit + 1],
  );
  return paged(
    rows,
    q.limit,
    ({ row, column, code, params }) => ({
      row,
      column,
      code,
      message: fieldMessage(code, q.locale, params ?? {}),
      ...(params && { params }),
    }),
    (row) => row.seq,
  );
}

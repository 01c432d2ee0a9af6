import type { Sql } from '../../db/scope.js';
import { notFound } from '../../errors/problem.js';
import { encodeIdCursor, invalidCursor } from '../../pagination/cursor.js';
import { paged, type Page } from '../../pagination/page.js';
import { stateCondition, type DirectoryState } from '../state.js';

/** What every list of the directory is asked: the text, which entries, where to start, how many. */
export interface ListQuery {
  tenantId: string;
  /** Text the entries contain, any case. */
  q?: string;
  state: DirectoryState;
  /** The id of the last entry of the page before. */
  after: string | null;
  limit: number;
}

/**
 * Whether the column contains the text of parameter `n`, in any case; by position, not LIKE,
 * so `%` and `_` are found as themselves.
 */
export const contains = (column: string, n: number) =>
  `position(lower($${n}::text) in lower(${column})) > 0`;

/** 400 on `cursor` unless it names an entry of the table of the tenant. */
async function requireCursorEntry(
  sql: Sql,
  q: { table: string; tenantId: string; after: string | null },
): Promise<void> {
  if (q.after === null) return;
  const { rowCount } = await sql.query(
    `SELECT 1 FROM ${q.table} WHERE tenant_id = $1 AND id = $2`,
    [q.tenantId, q.after],
  );
  if (!rowCount) throw invalidCursor();
}

/**
 * A page of a table's entries (`x` in `select`, which ends after its FROM and JOINs) in the
 * state whose `search` (a condition over the text, $2) holds, narrowed by `filters` over
 * $5… (`values`), in `order`; the page after a cursor starts past the values `cursorOrder`
 * (a SELECT of the same values, for the entry $3) gives for it.
 */
export async function pageOf<R extends { id: string }>(
  sql: Sql,
  q: ListQuery & {
    table: string;
    select: string;
    search: string;
    order: string;
    cursorOrder: string;
    filters?: string[];
    values?: unknown[];
  },
): Promise<Page<R, string>> {
  await requireCursorEntry(sql, q);
  const filters = (q.filters ?? []).map((filter) => `AND ${filter}`).join(' ');
  const { rows } = await sql.query<R>(
    `${q.select}
      WHERE x.tenant_id = $1 AND ${stateCondition('x', q.state)}
        AND ($2::text IS NULL OR ${q.search})
        AND ($3::uuid IS NULL OR (${q.order}) > (${q.cursorOrder}))
        ${filters}
      ORDER BY ${q.order} LIMIT $4`,
    [q.tenantId, q.q ?? null, q.after, q.limit + 1, ...(q.values ?? [])],
  );
  return paged(
    rows,
    q.limit,
    (row) => row,
    (row) => row.id,
  );
}

/** By name, then id, in byte order, so both engines page alike whatever their collation. */
export const byName = (alias: string) => `${alias}.name COLLATE "C", ${alias}.id`;

/** A page of a table's entries by name (see pageOf), the text searched in the name. */
export const pageByName = <R extends { id: string }>(
  sql: Sql,
  q: ListQuery & { table: string; select: string; filters?: string[]; values?: unknown[] },
) =>
  pageOf<R>(sql, {
    ...q,
    search: contains('x.name', 2),
    order: byName('x'),
    cursorOrder: `SELECT ${byName('c')} FROM ${q.table} c WHERE c.tenant_id = $1 AND c.id = $3`,
  });

/** The entry with the id (`x` in `select`, which ends after its FROM and JOINs); 404 if none. */
export async function entryById<R extends object>(
  sql: Sql,
  q: { select: string; tenantId: string; id: string },
): Promise<R> {
  const { rows } = await sql.query<R>(`${q.select} WHERE x.tenant_id = $1 AND x.id = $2`, [
    q.tenantId,
    q.id,
  ]);
  const [row] = rows;
  if (!row) throw notFound();
  return row;
}

/** A page as the contract answers it: the next page starts after the id of this one's last. */
export const pageAnswer = <T>(page: Page<T, string>) => ({
  items: page.items,
  nextCursor: page.next && encodeIdCursor(page.next),
});

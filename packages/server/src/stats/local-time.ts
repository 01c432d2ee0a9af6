import type { Sql } from '../db/scope.js';

/**
 * Today's date in the tenant's time zone (a day is complete once it is before this), with
 * the other columns of the tenant's row asked for, in one round trip.
 */
export async function tenantToday<R extends Record<string, unknown> = Record<string, never>>(
  sql: Sql,
  tenantId: string,
  columns: string[] = [],
): Promise<R & { today: string }> {
  const { rows } = await sql.query<R & { today: string }>(
    `SELECT ${['(now() AT TIME ZONE time_zone)::date::text AS today', ...columns].join(', ')}
       FROM tenants WHERE id = $1`,
    [tenantId],
  );
  const [row] = rows;
  if (!row) throw new Error(`no tenant ${tenantId}`);
  return row;
}

/** Today's date (YYYY-MM-DD) in the tenant's time zone. */
export const localToday = async (sql: Sql, tenantId: string) =>
  (await tenantToday(sql, tenantId)).today;

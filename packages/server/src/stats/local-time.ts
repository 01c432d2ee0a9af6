import type { Sql } from '../db/scope.js';

/** Today's date in the tenant's time zone: a day is complete once it is before this. */
export async function localToday(sql: Sql, tenantId: string): Promise<string> {
  const { rows } = await sql.query<{ today: string }>(
    `SELECT (now() AT TIME ZONE time_zone)::date::text AS today FROM tenants WHERE id = $1`,
    [tenantId],
  );
  const [row] = rows;
  if (!row) throw new Error(`no tenant ${tenantId}`);
  return row.today;
}

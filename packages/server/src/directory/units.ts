import type { Sql } from '../db/scope.js';

/** Whether the unit is one of the tenant's (a filter naming another is not_found). */
export async function unitExists(sql: Sql, tenantId: string, unitId: string): Promise<boolean> {
  const { rowCount } = await sql.query('SELECT 1 FROM units WHERE tenant_id = $1 AND id = $2', [
    tenantId,
    unitId,
  ]);
  return rowCount === 1;
}

/** Unit numbers in their natural order, 2 before 10, of a column holding them. */
export const unitOrder = (column: string) => `length(${column}), ${column}`;

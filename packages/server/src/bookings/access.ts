import { requireCompanyAdmin } from '../auth/company-admin.js';
import type { Sql } from '../db/scope.js';
import type { Viewer } from '../people/viewer.js';
import { forbidden, notFound } from '../errors/problem.js';

/** Bookings and the snapshot are kept by managers and directors only. */
export async function requireManager(sql: Sql, tenantId: string, personId: string) {
  const { rows } = await sql.query<Pick<Viewer, 'staffRole'>>(
    'SELECT staff_role AS "staffRole" FROM people WHERE tenant_id = $1 AND id = $2 AND active',
    [tenantId, personId],
  );
  requireCompanyAdmin(rows[0] ?? { staffRole: null });
}

export interface OwnedUnit {
  id: string;
  number: string;
}

/**
 * The units the person owns (OWN-1), by number; 403 for someone who owns none. With a
 * unitId, just that unit, and 404 when it is not theirs (another owner's, another tenant's).
 */
export async function ownedUnits(
  sql: Sql,
  q: { tenantId: string; personId: string; unitId?: string },
): Promise<OwnedUnit[]> {
  const { rows } = await sql.query<OwnedUnit>(
    `SELECT u.id, u.number FROM person_units pu
       JOIN units u ON u.id = pu.unit_id AND u.tenant_id = pu.tenant_id
      WHERE pu.tenant_id = $1 AND pu.person_id = $2 AND pu.role = 'owner'
      ORDER BY u.number, u.id`,
    [q.tenantId, q.personId],
  );
  if (!rows.length) throw forbidden();
  if (q.unitId === undefined) return rows;
  const unit = rows.find((row) => row.id === q.unitId);
  if (!unit) throw notFound();
  return [unit];
}

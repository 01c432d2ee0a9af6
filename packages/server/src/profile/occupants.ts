import type { ProfileUnit } from '@atrium/sdk';
import { one, type Sql } from '../db/scope.js';
import { notFound } from '../errors/problem.js';
import { profileUnits } from './repository.js';

/**
 * Declares how many people live in the unit (FIN-4), for its owners and residents only
 * (anyone else, another tenant's unit: 404). The unit is locked, as link changes lock it,
 * so the link is judged as it stands and declarations of one unit follow each other: the
 * last to commit is the latest. Every declaration is kept.
 */
export async function declareOccupants(
  sql: Sql,
  q: { tenantId: string; personId: string; unitId: string; count: number },
): Promise<ProfileUnit> {
  const { tenantId, personId, unitId } = q;
  await sql.query('SELECT 1 FROM units WHERE tenant_id = $1 AND id = $2 FOR UPDATE', [
    tenantId,
    unitId,
  ]);
  const linked = await sql.query(
    `SELECT 1 FROM person_units
      WHERE tenant_id = $1 AND unit_id = $2 AND person_id = $3 AND role IN ('owner', 'resident')`,
    [tenantId, unitId, personId],
  );
  if (!linked.rowCount) throw notFound();
  await sql.query(
    `INSERT INTO occupant_declarations (tenant_id, unit_id, declared_by, occupants)
     VALUES ($1, $2, $3, $4)`,
    [tenantId, unitId, personId, q.count],
  );
  return one({ rows: await profileUnits(sql, { tenantId, personId, unitId }) });
}

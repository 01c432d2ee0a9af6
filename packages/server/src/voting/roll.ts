import type { Sql } from '../db/scope.js';
import type { FieldIssue } from '../errors/problem.js';

// The owners of a property's units ($1 tenant, $2 property), as the roll takes them.
const owners = `units u
  JOIN person_units pu ON pu.tenant_id = u.tenant_id AND pu.unit_id = u.id AND pu.role = 'owner'
 WHERE u.tenant_id = $1 AND u.property_id = $2`;

/** An exact sum of areas, written with its significant decimals but at least two: '1900.50'. */
const areaText = (exact: string) => exact.replace(/(\.\d\d\d*?)0+$/, '$1');

/**
 * What keeps a property from holding a meeting (DIR-1, VOTE-2), each on `propertyId`: no
 * total area; owned area (each unit's area × its owners' shares) over the total area; a unit
 * whose owners hold more than the whole of it.
 */
export async function rollIssues(
  sql: Sql,
  q: { tenantId: string; propertyId: string },
): Promise<FieldIssue[]> {
  const property = await sql.query<{ totalArea: string | null; owned: string; over: boolean }>(
    `SELECT p.total_area::text AS "totalArea", o.owned::text AS owned, o.owned > p.total_area AS over
       FROM properties p,
            LATERAL (SELECT coalesce(sum(u.area * pu.ownership_share), 0)::numeric(24, 10) AS owned
                       FROM ${owners}) o
      WHERE p.tenant_id = $1 AND p.id = $2`,
    [q.tenantId, q.propertyId],
  );
  const units = await sql.query<{ number: string; shares: string }>(
    `SELECT u.number, trim_scale(sum(pu.ownership_share))::text AS shares
       FROM ${owners}
      GROUP BY u.id, u.number HAVING sum(pu.ownership_share) > 1
      ORDER BY u.number`,
    [q.tenantId, q.propertyId],
  );
  const issues: FieldIssue[] = [];
  const [found] = property.rows;
  if (!found?.totalArea) {
    issues.push({ field: 'propertyId', code: 'total_area_missing' });
  } else if (found.over) {
    issues.push({
      field: 'propertyId',
      code: 'owned_area_exceeds_total',
      params: { ownedArea: areaText(found.owned), totalArea: found.totalArea },
    });
  }
  for (const unit of units.rows) {
    issues.push({
      field: 'propertyId',
      code: 'unit_shares_exceed_whole',
      params: { unitNumber: unit.number, shares: unit.shares },
    });
  }
  return issues;
}

/** Fixes the roll: every owner of every unit of the property, with the unit's area and their share. */
export async function insertRoll(
  sql: Sql,
  q: { tenantId: string; propertyId: string; meetingId: string },
): Promise<void> {
  await sql.query(
    `INSERT INTO meeting_roll (tenant_id, meeting_id, unit_id, person_id, unit_number, area, share)
     SELECT $1, $3, u.id, pu.person_id, u.number, u.area, pu.ownership_share FROM ${owners}`,
    [q.tenantId, q.propertyId, q.meetingId],
  );
}

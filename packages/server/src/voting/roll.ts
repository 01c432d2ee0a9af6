import type { Sql } from '../db/scope.js';
import { unitOrder } from '../directory/units.js';
import { plainNumber } from '../decimal/exact.js';
import type { FieldIssue } from '../errors/problem.js';

// The owners of a property's units ($1 tenant, $2 property), as the roll takes them.
const owners = `units u
  JOIN person_units pu ON pu.tenant_id = u.tenant_id AND pu.unit_id = u.id AND pu.role = 'owner'
 WHERE u.tenant_id = $1 AND u.property_id = $2`;

/** A roll to check ($1 tenant, $2 its property or meeting): the total area and the entries. */
interface RollSource {
  total: string;
  entries: string;
}
const propertyRoll: RollSource = {
  total: 'SELECT total_area FROM properties WHERE tenant_id = $1 AND id = $2',
  entries: `SELECT u.id AS unit_id, u.number AS unit_number, u.area, pu.ownership_share AS share
              FROM ${owners}`,
};
const meetingRoll: RollSource = {
  total: 'SELECT total_area FROM meetings WHERE tenant_id = $1 AND id = $2',
  entries: `SELECT unit_id, unit_number, area, share FROM meeting_roll
             WHERE tenant_id = $1 AND meeting_id = $2`,
};

/**
 * What keeps a roll from holding a meeting (DIR-1, VOTE-2), each on `propertyId`: no total
 * area; no owner at all; owned area (each unit's area × its owners' shares) over the total
 * area; a unit whose owners hold more than the whole of it. Of a meeting's stored roll, as
 * its votes will be weighed, or of the property's owners now when no meeting was stored.
 */
export async function rollIssues(
  sql: Sql,
  q: { tenantId: string } & ({ meetingId: string } | { propertyId: string }),
): Promise<FieldIssue[]> {
  const [source, id] = 'meetingId' in q ? [meetingRoll, q.meetingId] : [propertyRoll, q.propertyId];
  const totals = await sql.query<{
    totalArea: string | null;
    owned: string;
    over: boolean;
    entries: number;
  }>(
    `SELECT t.total_area::text AS "totalArea", e.owned::text AS owned, e.owned > t.total_area AS over,
            e.entries
       FROM (${source.total}) t,
            (SELECT coalesce(sum(area * share), 0)::numeric(24, 10) AS owned,
                    count(*)::int AS entries
               FROM (${source.entries}) r) e`,
    [q.tenantId, id],
  );
  const units = await sql.query<{ number: string; shares: string }>(
    `SELECT unit_number AS number, trim_scale(sum(share))::text AS shares
       FROM (${source.entries}) r
      GROUP BY unit_id, unit_number HAVING sum(share) > 1
      ORDER BY ${unitOrder('unit_number')}`,
    [q.tenantId, id],
  );
  const issues: FieldIssue[] = [];
  const [found] = totals.rows;
  if (!found?.totalArea) {
    issues.push({ field: 'propertyId', code: 'total_area_missing' });
  } else if (found.over) {
    issues.push({
      field: 'propertyId',
      code: 'owned_area_exceeds_total',
      params: { ownedArea: plainNumber(found.owned, 2), totalArea: found.totalArea },
    });
  }
  if (found && !found.entries) issues.push({ field: 'propertyId', code: 'no_owners' });
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

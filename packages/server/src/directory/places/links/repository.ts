import type { LinkRole } from '@atrium/sdk';
import type { Sql } from '../../../db/scope.js';
import { notFound } from '../../../errors/problem.js';
import type { UnitShares } from './rules.js';

/**
 * Whether the person of the tenant is active, held FOR SHARE so they are not deactivated
 * while linked; 404 if they are not the tenant's.
 */
export async function personActive(
  sql: Sql,
  q: { tenantId: string; personId: string },
): Promise<boolean> {
  const { rows } = await sql.query<{ active: boolean }>(
    'SELECT active FROM people WHERE tenant_id = $1 AND id = $2 FOR SHARE',
    [q.tenantId, q.personId],
  );
  const [row] = rows;
  if (!row) throw notFound();
  return row.active;
}

/**
 * The owners' shares of the unit were the person's own `share`: the others' and theirs. The
 * caller holds the unit FOR UPDATE, so no other link changes them meanwhile.
 */
export async function sharesWith(
  sql: Sql,
  q: { tenantId: string; unitId: string; personId: string; share: string },
): Promise<UnitShares> {
  const { rows } = await sql.query<UnitShares>(
    `SELECT u.number AS "unitNumber", trim_scale(s.total)::text AS shares, s.total > 1 AS over
       FROM units u,
            LATERAL (SELECT coalesce(sum(pu.ownership_share), 0) + $4::numeric AS total
                       FROM person_units pu
                      WHERE pu.tenant_id = u.tenant_id AND pu.unit_id = u.id
                        AND pu.role = 'owner' AND pu.person_id <> $3) s
      WHERE u.tenant_id = $1 AND u.id = $2`,
    [q.tenantId, q.unitId, q.personId, q.share],
  );
  const [row] = rows;
  if (!row) throw new Error(`no unit ${q.unitId}`);
  return row;
}

/**
 * Makes the person's links to the unit exactly these roles, the owner's with the share: only
 * what differs is removed, added or changed, so the same again writes (and logs) nothing.
 */
export async function setRoles(
  sql: Sql,
  q: {
    tenantId: string;
    unitId: string;
    personId: string;
    roles: LinkRole[];
    share: string | null;
  },
): Promise<void> {
  const values = [q.tenantId, q.unitId, q.personId, q.roles];
  await sql.query(
    `DELETE FROM person_units
      WHERE tenant_id = $1 AND unit_id = $2 AND person_id = $3 AND role <> ALL ($4::text[])`,
    values,
  );
  await sql.query(
    `INSERT INTO person_units (tenant_id, unit_id, person_id, role, ownership_share)
     SELECT $1, $2, $3, r, CASE WHEN r = 'owner' THEN $5::numeric END FROM unnest($4::text[]) r
         ON CONFLICT (person_id, unit_id, role) DO UPDATE
        SET ownership_share = excluded.ownership_share
      WHERE person_units.ownership_share IS DISTINCT FROM excluded.ownership_share`,
    [...values, q.share],
  );
}

/** Ends every link of the person to the unit; whether there was any. */
export async function endLinks(
  sql: Sql,
  q: { tenantId: string; unitId: string; personId: string },
): Promise<boolean> {
  const { rowCount } = await sql.query(
    'DELETE FROM person_units WHERE tenant_id = $1 AND unit_id = $2 AND person_id = $3',
    [q.tenantId, q.unitId, q.personId],
  );
  return Boolean(rowCount);
}

import type { Sql } from '../../../db/scope.js';
import { firstOf, lockClause, type PassContext } from '../kind.js';

/** An active property as a row is compared with it. */
export interface StoredProperty {
  name: string;
  type: string;
  legalEntity: string;
  address: string;
  totalArea: string;
  quarter: string | null;
  group: string | null;
}

/** The tenant's active properties by name, with the names of their quarter and group. */
export async function propertiesNamed(sql: Sql, context: PassContext, names: string[]) {
  const { rows } = await sql.query<StoredProperty>(
    `SELECT p.name, p.type, p.legal_entity AS "legalEntity", p.address,
            p.total_area::text AS "totalArea", q.name AS quarter, g.name AS "group"
       FROM properties p
       LEFT JOIN quarters q ON q.tenant_id = p.tenant_id AND q.id = p.quarter_id
       LEFT JOIN property_groups g ON g.tenant_id = q.tenant_id AND g.id = q.group_id
      WHERE p.tenant_id = $1 AND p.active AND p.name = ANY($2::text[])
      ORDER BY p.name, p.id`,
    [context.tenantId, names],
  );
  return firstOf(rows, (r) => r.name);
}

/** Active groups by name (of two with one name, the first by id). */
export async function groupsNamed(sql: Sql, context: PassContext, names: string[]) {
  const { rows } = await sql.query<{ id: string; name: string }>(
    `SELECT id, name FROM property_groups
      WHERE tenant_id = $1 AND active AND name = ANY($2::text[])
      ORDER BY name, id ${lockClause(context, 'SHARE')}`,
    [context.tenantId, names],
  );
  return firstOf(rows, (r) => r.name);
}

export const quarterKey = (groupId: string, name: string) => `${groupId}\n${name}`;

/** Active quarters by group and name. */
export async function quartersNamed(
  sql: Sql,
  context: PassContext,
  keys: { groupId: string; name: string }[],
) {
  const { rows } = await sql.query<{ id: string; groupId: string; name: string }>(
    `SELECT q.id, q.group_id AS "groupId", q.name
       FROM quarters q JOIN unnest($2::uuid[], $3::text[]) AS k(group_id, name)
         ON q.group_id = k.group_id AND q.name = k.name
      WHERE q.tenant_id = $1 AND q.active ORDER BY q.id ${lockClause(context, 'SHARE', 'q')}`,
    [context.tenantId, keys.map((k) => k.groupId), keys.map((k) => k.name)],
  );
  return firstOf(rows, (r) => quarterKey(r.groupId, r.name));
}

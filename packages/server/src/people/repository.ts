import type { Locale, Me, Role, UnitLink } from '@atrium/sdk';
import type { Sql } from '../db/scope.js';

export interface PersonCredentials {
  id: string;
  name: string;
  email: string;
  locale: Locale;
  passwordHash: string | null;
  active: boolean;
}

export async function findPersonByEmail(
  sql: Sql,
  tenantId: string,
  email: string,
): Promise<PersonCredentials | null> {
  const { rows } = await sql.query<PersonCredentials>(
    `SELECT id, name, email, locale, password_hash AS "passwordHash", active
       FROM people WHERE tenant_id = $1 AND email = lower($2)`,
    [tenantId, email],
  );
  return rows[0] ?? null;
}

export async function setPassword(sql: Sql, tenantId: string, personId: string, hash: string) {
  await sql.query('UPDATE people SET password_hash = $3 WHERE tenant_id = $1 AND id = $2', [
    tenantId,
    personId,
    hash,
  ]);
}

// Roles in the contract's order, so answers are stable.
const roleOrder: Role[] = [
  'owner',
  'resident',
  'board_member',
  'manager',
  'director',
  'accountant',
];
const byRoleOrder = (a: Role, b: Role) => roleOrder.indexOf(a) - roleOrder.indexOf(b);

/** The signed-in person with every unit they are linked to (DIR-3); areas and shares exact. */
export async function loadMe(sql: Sql, tenantId: string, personId: string): Promise<Me | null> {
  const person = await sql.query<{
    id: string;
    name: string;
    email: string | null;
    locale: Locale;
    staff_role: Role | null;
  }>('SELECT id, name, email, locale, staff_role FROM people WHERE tenant_id = $1 AND id = $2', [
    tenantId,
    personId,
  ]);
  const found = person.rows[0];
  if (!found) return null;
  const links = await sql.query<UnitLink>(
    `SELECT u.id, u.number, u.area::text AS area,
            json_build_object('id', p.id, 'name', p.name, 'address', p.address) AS property,
            array_agg(pu.role ORDER BY pu.role) AS roles,
            trim_scale(max(pu.ownership_share))::text AS "ownershipShare"
       FROM person_units pu
       JOIN units u ON u.id = pu.unit_id AND u.tenant_id = pu.tenant_id
       JOIN properties p ON p.id = u.property_id AND p.tenant_id = u.tenant_id
      WHERE pu.tenant_id = $1 AND pu.person_id = $2
      GROUP BY u.id, p.id
      ORDER BY p.name, u.number`,
    [tenantId, personId],
  );
  const units = links.rows.map((unit) => ({ ...unit, roles: unit.roles.sort(byRoleOrder) }));
  const roles = new Set<Role>(units.flatMap((unit) => unit.roles));
  if (found.staff_role) roles.add(found.staff_role);
  return {
    id: found.id,
    name: found.name,
    email: found.email,
    locale: found.locale,
    roles: [...roles].sort(byRoleOrder),
    units,
  };
}

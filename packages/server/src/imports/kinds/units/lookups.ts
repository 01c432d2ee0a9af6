import type { Sql } from '../../../db/scope.js';
import { firstOf, lockClause, type PassContext } from '../kind.js';

/** The tenant's active properties by name (of two with one name, the first by id). */
export async function propertiesNamed(sql: Sql, context: PassContext, names: string[]) {
  const { rows } = await sql.query<{ id: string; name: string }>(
    `SELECT id, name FROM properties WHERE tenant_id = $1 AND active AND name = ANY($2::text[])
      ORDER BY name, id ${lockClause(context, 'SHARE')}`,
    [context.tenantId, names],
  );
  return firstOf(rows, (r) => r.name);
}

export interface FoundUnit {
  id: string;
  area: string;
  active: boolean;
  /** Its owners and their shares. */
  owners: { personId: string; share: string }[];
}

export const unitKey = (propertyId: string, number: string) => `${propertyId}\n${number}`;

/**
 * Units by property and number, with their owners' shares; held FOR UPDATE while writing,
 * as a change of a unit's links holds it, so the shares cannot pass the whole meanwhile.
 */
export async function unitsAt(
  sql: Sql,
  context: PassContext,
  keys: { propertyId: string; number: string }[],
): Promise<Map<string, FoundUnit>> {
  const { rows } = await sql.query<
    Omit<FoundUnit, 'owners'> & { propertyId: string; number: string }
  >(
    `SELECT u.id, u.property_id AS "propertyId", u.number, u.area::text AS area, u.active
       FROM units u JOIN unnest($2::uuid[], $3::text[]) AS k(property_id, number)
         ON u.property_id = k.property_id AND u.number = k.number
      WHERE u.tenant_id = $1 ORDER BY u.id ${lockClause(context, 'UPDATE', 'u')}`,
    [context.tenantId, keys.map((k) => k.propertyId), keys.map((k) => k.number)],
  );
  const owners = await sql.query<{ unitId: string; personId: string; share: string }>(
    `SELECT unit_id AS "unitId", person_id AS "personId", ownership_share::text AS share
       FROM person_units WHERE tenant_id = $1 AND unit_id = ANY($2::uuid[]) AND role = 'owner'`,
    [context.tenantId, rows.map((r) => r.id)],
  );
  const found = new Map<string, FoundUnit>();
  for (const { propertyId, number, ...unit } of rows) {
    found.set(unitKey(propertyId, number), { ...unit, owners: [] });
  }
  const byId = new Map([...found.values()].map((unit) => [unit.id, unit]));
  for (const { unitId, personId, share } of owners.rows)
    byId.get(unitId)?.owners.push({ personId, share });
  return found;
}

/** Accounts by number: whose unit they are and whether active. */
export async function accountsNumbered(sql: Sql, context: PassContext, numbers: string[]) {
  const { rows } = await sql.query<{ number: string; unitId: string; active: boolean }>(
    `SELECT number, unit_id AS "unitId", active FROM accounts
      WHERE tenant_id = $1 AND number = ANY($2::text[]) ${lockClause(context, 'SHARE')}`,
    [context.tenantId, numbers],
  );
  return new Map(rows.map((r) => [r.number, r]));
}

export interface FoundPerson {
  id: string;
  active: boolean;
}

const personOrder = 'p.active DESC, p.created_at, p.id';

/** People by e-mail (stored in lower case, one per e-mail). */
export async function peopleByEmail(sql: Sql, context: PassContext, emails: string[]) {
  const { rows } = await sql.query<FoundPerson & { email: string }>(
    `SELECT p.id, p.email, p.active FROM people p
      WHERE p.tenant_id = $1 AND p.email = ANY($2::text[]) ${lockClause(context, 'SHARE')}`,
    [context.tenantId, emails],
  );
  return firstOf(rows, (r) => r.email);
}

export const namePhoneKey = (name: string, phone: string) => `${name}\n${phone}`;

/** People by exact name and phone (an active one, then the earliest, when several match). */
export async function peopleByNameAndPhone(
  sql: Sql,
  context: PassContext,
  keys: { name: string; phone: string }[],
) {
  const { rows } = await sql.query<FoundPerson & { name: string; phone: string }>(
    `SELECT p.id, p.name, p.phone, p.active
       FROM people p JOIN unnest($2::text[], $3::text[]) AS k(name, phone)
         ON p.name = k.name AND p.phone = k.phone
      WHERE p.tenant_id = $1 ORDER BY ${personOrder} ${lockClause(context, 'SHARE', 'p')}`,
    [context.tenantId, keys.map((k) => k.name), keys.map((k) => k.phone)],
  );
  return firstOf(rows, (r) => namePhoneKey(r.name, r.phone));
}

export const unitNameKey = (unitId: string, name: string) => `${unitId}\n${name}`;

/** People of a unit by exact name: how a person with neither e-mail nor phone is known. */
export async function peopleOfUnitsNamed(
  sql: Sql,
  context: PassContext,
  keys: { unitId: string; name: string }[],
) {
  const { rows } = await sql.query<FoundPerson & { unitId: string; name: string }>(
    `SELECT p.id, p.name, pu.unit_id AS "unitId", p.active
       FROM person_units pu
       JOIN people p ON p.tenant_id = pu.tenant_id AND p.id = pu.person_id
       JOIN unnest($2::uuid[], $3::text[]) AS k(unit_id, name)
         ON pu.unit_id = k.unit_id AND p.name = k.name
      WHERE pu.tenant_id = $1 ORDER BY ${personOrder} ${lockClause(context, 'SHARE', 'p')}`,
    [context.tenantId, keys.map((k) => k.unitId), keys.map((k) => k.name)],
  );
  return firstOf(rows, (r) => unitNameKey(r.unitId, r.name));
}

import type { Sql } from '../db/scope.js';
import type { Registrant } from './repository.js';

/** A name as people write it: case, spaces around and between words, and Unicode form aside. */
const sameName = (a: string, b: string) => {
  const plain = (name: string) =>
    name.normalize('NFC').trim().split(/\s+/).join(' ').toLocaleLowerCase();
  return plain(a) === plain(b);
};

/** The one id of the list, or null when there is none or more than one to choose from. */
const onlyOne = (ids: string[]) => (ids.length === 1 ? (ids[0] ?? null) : null);

/**
 * The person of the directory a registration is theirs (DIR-5), locked FOR UPDATE; null when
 * none is sure. Either the proven phone is that of exactly one active person linked to a
 * unit; or the account number names an active account whose unit, in a property that takes
 * self-registration, has exactly one active owner of the same name whose phone is none or
 * this one. Never another tenant's: every table is read by the tenant's id.
 */
export async function matchPerson(
  sql: Sql,
  tenantId: string,
  r: Pick<Registrant, 'phone' | 'name' | 'accountNumber'>,
): Promise<string | null> {
  const byPhone = await sql.query<{ id: string }>(
    `SELECT p.id FROM people p
      WHERE p.tenant_id = $1 AND p.phone = $2 AND p.active
        AND EXISTS (SELECT 1 FROM person_units pu
                     WHERE pu.tenant_id = p.tenant_id AND pu.person_id = p.id)
        FOR UPDATE OF p`,
    [tenantId, r.phone],
  );
  const person = onlyOne(byPhone.rows.map((row) => row.id));
  if (person || r.accountNumber === null) return person;
  const owners = await sql.query<{ id: string; name: string }>(
    `SELECT p.id, p.name
       FROM accounts a
       JOIN units u ON u.tenant_id = a.tenant_id AND u.id = a.unit_id AND u.active
       JOIN properties pr ON pr.tenant_id = u.tenant_id AND pr.id = u.property_id
                         AND pr.active AND pr.self_registration
       JOIN person_units pu ON pu.tenant_id = u.tenant_id AND pu.unit_id = u.id
                           AND pu.role = 'owner'
       JOIN people p ON p.tenant_id = pu.tenant_id AND p.id = pu.person_id AND p.active
                    AND (p.phone IS NULL OR p.phone = $3)
      WHERE a.tenant_id = $1 AND a.number = $2 AND a.active
        FOR UPDATE OF p`,
    [tenantId, r.accountNumber, r.phone],
  );
  return onlyOne(owners.rows.filter((o) => sameName(o.name, r.name)).map((o) => o.id));
}

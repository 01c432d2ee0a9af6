import type { Sql } from '../db/scope.js';
import type { Registrant } from './repository.js';

/** A name as people write it: case, spaces around and between words, and Unicode form aside. */
const sameName = (a: string, b: string) => {
  const plain = (name: string) =>
    name.normalize('NFC').trim().split(/\s+/).join(' ').toLocaleLowerCase();
  return plain(a) === plain(b);
};

/** The one item of the list, or null when there is none or more than one to choose from. */
const onlyOne = <T>(items: T[]): T | null => (items.length === 1 ? (items[0] ?? null) : null);

interface Candidate {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
}

/** A person a registration is sure to be, with the e-mail their invitation goes to. */
export interface Match {
  id: string;
  email: string;
}

// An active unit of an active property that takes self-registration (DIR-5: a property's
// legal entity may opt out).
const openUnit = `
  JOIN units u ON u.tenant_id = pu.tenant_id AND u.id = pu.unit_id AND u.active
  JOIN properties pr ON pr.tenant_id = u.tenant_id AND pr.id = u.property_id
                    AND pr.active AND pr.self_registration`;

/**
 * The proven phone is a trusted one (staff-written or code-proven, never only typed into a
 * profile) of exactly one active person linked to an open unit; they need an e-mail on record
 * for the invitation.
 */
async function byPhone(sql: Sql, tenantId: string, phone: string): Promise<Match | null> {
  const { rows } = await sql.query<Pick<Candidate, 'id' | 'email'>>(
    `SELECT p.id, p.email FROM people p
      WHERE p.tenant_id = $1 AND p.phone = $2 AND p.phone_trusted AND p.active
        AND EXISTS (SELECT 1 FROM person_units pu ${openUnit}
                     WHERE pu.tenant_id = p.tenant_id AND pu.person_id = p.id)
        FOR UPDATE OF p`,
    [tenantId, phone],
  );
  const person = onlyOne(rows);
  return person?.email ? { id: person.id, email: person.email } : null;
}

/**
 * The account number names an active account of an open unit, which has exactly one active
 * owner of the name typed (every owner is read, so a namesake makes it unsure); that owner
 * has the e-mail typed on record (case aside) and no phone or this one. A name and an account
 * number are on paper that others see: the e-mail is what proves it is them.
 */
async function byAccount(
  sql: Sql,
  tenantId: string,
  r: Pick<Registrant, 'phone' | 'name' | 'email' | 'accountNumber'>,
): Promise<Match | null> {
  const { rows } = await sql.query<Candidate>(
    `SELECT p.id, p.name, p.email, p.phone
       FROM accounts a
       JOIN person_units pu ON pu.tenant_id = a.tenant_id AND pu.unit_id = a.unit_id
                           AND pu.role = 'owner'
       ${openUnit}
       JOIN people p ON p.tenant_id = pu.tenant_id AND p.id = pu.person_id AND p.active
      WHERE a.tenant_id = $1 AND a.number = $2 AND a.active
        FOR UPDATE OF p`,
    [tenantId, r.accountNumber],
  );
  const owner = onlyOne(rows.filter((o) => sameName(o.name, r.name)));
  if (!owner?.email || owner.email.toLowerCase() !== r.email.toLowerCase()) return null;
  return owner.phone === null || owner.phone === r.phone
    ? { id: owner.id, email: owner.email }
    : null;
}

/**
 * The person of the directory a registration is theirs (DIR-5), locked FOR UPDATE; null when
 * none is sure: by the proven phone (byPhone), else by the account number (byAccount). Never
 * another tenant's: every table is read by the tenant's id.
 */
export async function matchPerson(
  sql: Sql,
  tenantId: string,
  r: Pick<Registrant, 'phone' | 'name' | 'email' | 'accountNumber'>,
): Promise<Match | null> {
  const person = await byPhone(sql, tenantId, r.phone);
  if (person || r.accountNumber === null) return person;
  return byAccount(sql, tenantId, r);
}

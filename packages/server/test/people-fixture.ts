import type { AtriumClient, DirectoryPerson, Locale, PersonInput } from '@atrium/sdk';
import { hashPassword } from '../src/auth/passwords.js';
import { one, type Sql } from '../src/db/scope.js';
import { signIns, type Call, type TestServer } from './helpers.js';

/** The password of everyone of the lab who has one (the lab's policy: 10, with a digit). */
export const labPassword = 'People-Lab-2026';

// Alder Court sorts before Birch House; Birch's units in natural order are B1, B2, B10.
const properties = { alder: ['A1'], birch: ['B1', 'B2', 'B10'] } as const;
type PropertyKey = keyof typeof properties;
export type UnitNumber = (typeof properties)[PropertyKey][number];
type Role = 'owner' | 'resident' | 'board_member';

interface LabPerson {
  name: string;
  locale: Locale;
  staff?: 'manager' | 'director' | 'accountant';
  links?: [UnitNumber, Role][];
}
const people = {
  manager: { name: 'Lab Manager', locale: 'en', staff: 'manager' },
  director: { name: 'Lab Director', locale: 'pl', staff: 'director' },
  accountant: { name: 'Lab Accountant', locale: 'ru', staff: 'accountant' },
  owner: { name: 'Lab Owner', locale: 'pl', links: [['B1', 'owner']] },
  resident: { name: 'Lab Resident', locale: 'en', links: [['B2', 'resident']] },
  board: { name: 'Lab Board', locale: 'ru', links: [['A1', 'board_member']] },
} satisfies Record<string, LabPerson>;
export type Who = keyof typeof people;
/** Those of the lab who may not touch the directory at all. */
export const residents: Who[] = ['owner', 'resident', 'board'];

export type { Call } from './helpers.js';

/** A tenant of its own for the directory's people: two properties, staff and residents. */
export interface PeopleLab {
  slug: string;
  tenantId: string;
  propertyIds: Record<PropertyKey, string>;
  unitIds: Record<UnitNumber, string>;
  personIds: Record<Who, string>;
  emailOf(who: Who): string;
  /** fetch on the lab's API as someone of the lab, with their bearer token. */
  as(who: Who): Promise<Call>;
  /** fetch on the lab's API with no token. */
  anonymous: Call;
  /** A real SDK client of the lab, signed in as `who`. */
  client(who: Who, locale?: Locale): Promise<AtriumClient>;
  /** Runs SQL beside the server, seeing every tenant (changes there have no actor). */
  sql<T>(fn: (sql: Sql) => Promise<T>): Promise<T>;
  /** Adds a person as the manager; throws unless 201. */
  create(input: Partial<PersonInput>): Promise<DirectoryPerson>;
  /** Links a person to a unit by SQL (the system, not a person, makes the link). */
  link(personId: string, unit: UnitNumber, role: Role): Promise<void>;
  /** Sets the lab's password for a person by SQL, as if they had set it themselves. */
  givePassword(personId: string): Promise<void>;
}

export async function createPeopleLab(server: TestServer, slug: string): Promise<PeopleLab> {
  const hash = await hashPassword(labPassword);
  const sql = <T>(fn: (sql: Sql) => Promise<T>) => server.app.db.withSystem(fn);
  const emailOf = (who: Who) => `${who}@${slug}.example`;
  const ids = await sql(async (q) => {
    const insert = async (text: string, values: unknown[]) =>
      one(await q.query<{ id: string }>(`${text} RETURNING id`, values)).id;
    const tenantId = await insert(
      `INSERT INTO tenants (slug, name, default_locale, currency, portal_url)
       VALUES ($1, 'People Lab', 'en', 'PLN', $2)`,
      [slug, `/${slug}/`],
    );
    const propertyIds = {} as Record<PropertyKey, string>;
    const unitIds = {} as Record<UnitNumber, string>;
    for (const [key, units] of Object.entries(properties) as [
      PropertyKey,
      readonly UnitNumber[],
    ][]) {
      const name = key === 'alder' ? 'Alder Court' : 'Birch House';
      propertyIds[key] = await insert(
        `INSERT INTO properties (tenant_id, name, type, legal_entity, address, total_area)
         VALUES ($1, $2, 'residential_building', $2, 'Lab St 1', 500)`,
        [tenantId, name],
      );
      for (const number of units) {
        unitIds[number] = await insert(
          'INSERT INTO units (tenant_id, property_id, number, area) VALUES ($1, $2, $3, 50)',
          [tenantId, propertyIds[key], number],
        );
      }
    }
    const personIds = {} as Record<Who, string>;
    for (const [who, person] of Object.entries(people) as [Who, LabPerson][]) {
      personIds[who] = await insert(
        `INSERT INTO people (tenant_id, email, name, locale, password_hash, staff_role)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [tenantId, emailOf(who), person.name, person.locale, hash, person.staff ?? null],
      );
      for (const [unit, role] of person.links ?? []) {
        await q.query(
          `INSERT INTO person_units (tenant_id, person_id, unit_id, role, ownership_share)
           VALUES ($1, $2, $3, $4, $5)`,
          [tenantId, personIds[who], unitIds[unit], role, role === 'owner' ? '0.5' : null],
        );
      }
    }
    return { tenantId, propertyIds, unitIds, personIds };
  });

  const signedIn = signIns(server, slug, labPassword);
  const as = (who: Who) => signedIn(emailOf(who));
  return {
    slug,
    ...ids,
    emailOf,
    as,
    anonymous: (path, init = {}) => server.fetch(`/t/${slug}${path}`, init),
    async client(who, locale) {
      const client = server.client(slug, { locale });
      await client.auth.signIn({ email: emailOf(who), password: labPassword });
      return client;
    },
    sql,
    async create(input) {
      const response = await (
        await as('manager')
      )('/people', {
        method: 'POST',
        json: { name: 'Someone New', locale: 'pl', ...input },
      });
      if (response.status !== 201) throw new Error(`${response.status} ${await response.text()}`);
      return (await response.json()) as DirectoryPerson;
    },
    async link(personId, unit, role) {
      await sql((q) =>
        q.query(
          `INSERT INTO person_units (tenant_id, person_id, unit_id, role, ownership_share)
           VALUES ($1, $2, $3, $4, $5)`,
          [ids.tenantId, personId, ids.unitIds[unit], role, role === 'owner' ? '0.25' : null],
        ),
      );
    },
    async givePassword(personId) {
      await sql((q) =>
        q.query('UPDATE people SET password_hash = $2 WHERE id = $1', [personId, hash]),
      );
    },
  };
}

/** The JSON body of an answer, after checking its status. */
export async function json<T>(response: Response, status: number): Promise<T> {
  const text = await response.text();
  if (response.status !== status)
    throw new Error(`expected ${status}, got ${response.status}: ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

/** The manager of another tenant (the Polish demo community), on their own tenant's API. */
export const otherTenantManager = (server: TestServer) =>
  signIns(server, 'lesna-5', 'Zarzad-2026!')('katarzyna@lesna5.example');

import type { AtriumClient, Locale } from '@atrium/sdk';
import { hashPassword } from '../src/auth/passwords.js';
import { one, type Sql } from '../src/db/scope.js';
import { signIns, type Call, type TestServer } from './helpers.js';

const password = 'Places-Lab-2026';

type Role = 'owner' | 'resident' | 'board_member';
interface LabPerson {
  name: string;
  locale: Locale;
  /** Signs in (staff and residents); the others are only linked to units by the tests. */
  signsIn: boolean;
  staff?: 'manager' | 'director' | 'accountant';
  /** Their role for the seed unit S1. */
  role?: Role;
}
const people = {
  manager: { name: 'Lab Manager', locale: 'en', signsIn: true, staff: 'manager' },
  director: { name: 'Lab Director', locale: 'pl', signsIn: true, staff: 'director' },
  accountant: { name: 'Lab Accountant', locale: 'ru', signsIn: true, staff: 'accountant' },
  owner: { name: 'Lab Owner', locale: 'pl', signsIn: true, role: 'owner' },
  resident: { name: 'Lab Resident', locale: 'en', signsIn: true, role: 'resident' },
  board: { name: 'Lab Board', locale: 'ru', signsIn: true, role: 'board_member' },
  // people to link: by name Ala, Bob, Cyd (and Żaneta, last in byte order)
  ala: { name: 'Ala Kowalska', locale: 'pl', signsIn: false },
  bob: { name: 'Bob Brown', locale: 'en', signsIn: false },
  cyd: { name: 'Cyd Charisse', locale: 'en', signsIn: false },
  zaneta: { name: 'Żaneta Nowak', locale: 'pl', signsIn: false },
} satisfies Record<string, LabPerson>;
export type Who = keyof typeof people;
/** Who signs in to the lab. */
export type Signer = 'manager' | 'director' | 'accountant' | 'owner' | 'resident' | 'board';
/** Those of the lab who may not touch the directory at all. */
export const residents: Signer[] = ['owner', 'resident', 'board'];

export type { Call } from './helpers.js';

/** A row of the audit log, as the tests compare them. */
export interface AuditRow {
  action: string;
  entityType: string;
  entityId: string;
  relatedId: string | null;
  actorId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/**
 * A tenant of its own for the directory's places: a seed group > quarter > property with one
 * unit S1 (its owner, resident and board member linked), staff, and people to link.
 */
export interface PlacesLab {
  slug: string;
  tenantId: string;
  seed: { groupId: string; quarterId: string; propertyId: string; unitId: string };
  personIds: Record<Who, string>;
  /** fetch on the lab's API as someone of the lab, with their bearer token. */
  as(who: Signer): Promise<Call>;
  /** fetch on the lab's API with no token. */
  anonymous: Call;
  /** A real SDK client of the lab, signed in as `who`, speaking `locale` if given. */
  client(who: Signer, locale?: Locale): Promise<AtriumClient>;
  /** Runs SQL beside the server, seeing every tenant (changes there have no actor). */
  sql<T>(fn: (sql: Sql) => Promise<T>): Promise<T>;
  /** The audit log's rows of an entry (a unit link's under its unit), oldest first. */
  audit(entityId: string): Promise<AuditRow[]>;
}

export async function createPlacesLab(server: TestServer, slug: string): Promise<PlacesLab> {
  const hash = await hashPassword(password);
  const sql = <T>(fn: (sql: Sql) => Promise<T>) => server.app.db.withSystem(fn);
  const ids = await sql(async (q) => {
    const insert = async (text: string, values: unknown[]) =>
      one(await q.query<{ id: string }>(`${text} RETURNING id`, values)).id;
    const tenantId = await insert(
      `INSERT INTO tenants (slug, name, default_locale, currency) VALUES ($1, 'Places Lab', 'en', 'PLN')`,
      [slug],
    );
    const groupId = await insert('INSERT INTO property_groups (tenant_id, name) VALUES ($1, $2)', [
      tenantId,
      'Seed Group',
    ]);
    const quarterId = await insert(
      'INSERT INTO quarters (tenant_id, group_id, name) VALUES ($1, $2, $3)',
      [tenantId, groupId, 'Seed Quarter'],
    );
    const propertyId = await insert(
      `INSERT INTO properties (tenant_id, quarter_id, name, type, legal_entity, address, total_area)
       VALUES ($1, $2, 'Seed House', 'residential_building', 'Seed Community', 'Seed St 1', 300)`,
      [tenantId, quarterId],
    );
    const unitId = await insert(
      `INSERT INTO units (tenant_id, property_id, number, area) VALUES ($1, $2, 'S1', 50)`,
      [tenantId, propertyId],
    );
    const personIds = {} as Record<Who, string>;
    for (const [who, person] of Object.entries(people) as [Who, LabPerson][]) {
      personIds[who] = await insert(
        `INSERT INTO people (tenant_id, email, name, locale, password_hash, staff_role)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [
          tenantId,
          `${who}@places.example`,
          person.name,
          person.locale,
          person.signsIn ? hash : null,
          person.staff ?? null,
        ],
      );
      if (person.role) {
        await q.query(
          `INSERT INTO person_units (tenant_id, person_id, unit_id, role, ownership_share)
           VALUES ($1, $2, $3, $4, $5)`,
          [tenantId, personIds[who], unitId, person.role, person.role === 'owner' ? 1 : null],
        );
      }
    }
    return { tenantId, seed: { groupId, quarterId, propertyId, unitId }, personIds };
  });

  const signedIn = signIns(server, slug, password);
  const clients = new Map<string, Promise<AtriumClient>>();
  return {
    slug,
    ...ids,
    as: (who) => signedIn(`${who}@places.example`),
    anonymous: (path, init = {}) => server.fetch(`/t/${slug}${path}`, init),
    client(who, locale) {
      const key = `${who}/${locale ?? ''}`;
      let client = clients.get(key);
      if (!client) {
        const created = server.client(slug, { locale });
        client = created.auth
          .signIn({ email: `${who}@places.example`, password })
          .then(() => created);
        clients.set(key, client);
      }
      return client;
    },
    sql,
    audit: (entityId) =>
      sql(async (q) => {
        const { rows } = await q.query<AuditRow>(
          `SELECT action, entity_type AS "entityType", entity_id AS "entityId",
                  related_id AS "relatedId", actor_id AS "actorId", before, after
             FROM audit_log WHERE tenant_id = $1 AND entity_id = $2 ORDER BY at, id`,
          [ids.tenantId, entityId],
        );
        return rows;
      }),
  };
}

import type { Locale } from '@atrium/sdk';
import type { Announcement, AnnouncementInput } from '../src/announcements/types.js';
import { hashPassword } from '../src/auth/passwords.js';
import { one, type Sql } from '../src/db/scope.js';
import { signIns, type Call, type TestServer } from './helpers.js';

const password = 'Notices-2026!';

/**
 * The lab's directory (DIR-2): the group North holds the quarter Riverside with Oak and Elm;
 * South holds Hillside with Pine; Loose is in no quarter, so in no group.
 */
const groups = { north: { riverside: ['oak', 'elm'] }, south: { hillside: ['pine'] } } as const;
const properties = {
  oak: ['O1', 'O2', 'O3'],
  elm: ['E1'],
  pine: ['P1'],
  loose: ['L1'],
} as const;
type GroupName = keyof typeof groups;
type PropertyName = keyof typeof properties;
type UnitNumber = (typeof properties)[PropertyName][number];

type Link = [unit: UnitNumber, role: 'owner' | 'resident' | 'board_member'];
interface Person {
  locale: Locale;
  staff?: 'manager' | 'director' | 'accountant';
  links?: Link[];
}
const people = {
  manager: { locale: 'en', staff: 'manager' },
  director: { locale: 'pl', staff: 'director' },
  accountant: { locale: 'ru', staff: 'accountant' },
  // owns O1 in Oak
  olga: { locale: 'pl', links: [['O1', 'owner']] },
  // lives in O2, owns nothing
  rick: { locale: 'en', links: [['O2', 'resident']] },
  // sits on Oak's board through O3, owning nothing there
  bea: { locale: 'pl', links: [['O3', 'board_member']] },
  // owns E1 in Elm, the other property of North
  ed: { locale: 'en', links: [['E1', 'owner']] },
  // owns P1 in Pine (South)
  paul: { locale: 'ru', links: [['P1', 'owner']] },
  // sits on Pine's board
  ben: { locale: 'en', links: [['P1', 'board_member']] },
  // owns L1 in Loose, which no quarter holds
  lou: { locale: 'en', links: [['L1', 'owner']] },
  // signed in to the tenant, linked to no unit
  nina: { locale: 'en' },
} satisfies Record<string, Person>;
export type Who = keyof typeof people;
export const everyone = Object.keys(people) as Who[];
export const staff: Who[] = ['manager', 'director', 'accountant'];

export type { Call } from './helpers.js';

/** A tenant of its own for the announcements tests: the directory above and its people. */
export interface AnnouncementsLab {
  slug: string;
  tenantId: string;
  groupIds: Record<GroupName, string>;
  propertyIds: Record<PropertyName, string>;
  personIds: Record<Who, string>;
  /** fetch as someone of the lab, with their bearer token. */
  as(who: Who): Promise<Call>;
  /** A fresh access token of someone of the lab. */
  token(who: Who): Promise<string>;
  /** Runs SQL beside the server, seeing every tenant. */
  sql<T>(fn: (sql: Sql) => Promise<T>): Promise<T>;
  /** An instant `minutes` from now, as the contract's Timestamp. */
  at(minutes: number): string;
  /** Publishes as `who` (the manager by default); throws unless 201. */
  publish(input: Partial<AnnouncementInput>, who?: Who): Promise<Announcement>;
}

export async function createAnnouncementsLab(
  server: TestServer,
  slug: string,
): Promise<AnnouncementsLab> {
  const hash = await hashPassword(password);
  const sql = <T>(fn: (sql: Sql) => Promise<T>) => server.app.db.withSystem(fn);
  const ids = await sql(async (q) => {
    const insert = async (text: string, values: unknown[]) =>
      one(await q.query<{ id: string }>(`${text} RETURNING id`, values)).id;
    const tenantId = await insert(
      `INSERT INTO tenants (slug, name, default_locale, currency) VALUES ($1, 'Notice Lab', 'en', 'PLN')`,
      [slug],
    );
    const groupIds = {} as Record<GroupName, string>;
    const quarterOf = new Map<PropertyName, string>();
    for (const [group, quarters] of Object.entries(groups)) {
      const groupId = await insert(
        'INSERT INTO property_groups (tenant_id, name) VALUES ($1, $2)',
        [tenantId, `Group ${group}`],
      );
      groupIds[group as GroupName] = groupId;
      for (const [quarter, members] of Object.entries(quarters)) {
        const quarterId = await insert(
          'INSERT INTO quarters (tenant_id, group_id, name) VALUES ($1, $2, $3)',
          [tenantId, groupId, quarter],
        );
        for (const property of members) quarterOf.set(property, quarterId);
      }
    }
    const propertyIds = {} as Record<PropertyName, string>;
    const unitIds = {} as Record<UnitNumber, string>;
    for (const [name, units] of Object.entries(properties) as [
      PropertyName,
      readonly UnitNumber[],
    ][]) {
      const propertyId = await insert(
        `INSERT INTO properties (tenant_id, quarter_id, name, type, legal_entity, address, total_area)
         VALUES ($1, $2, $3, 'residential_building', $3, 'Lab St 1', 500)`,
        [tenantId, quarterOf.get(name) ?? null, `Property ${name}`],
      );
      propertyIds[name] = propertyId;
      for (const number of units) {
        unitIds[number] = await insert(
          'INSERT INTO units (tenant_id, property_id, number, area) VALUES ($1, $2, $3, 50)',
          [tenantId, propertyId, number],
        );
      }
    }
    const personIds = {} as Record<Who, string>;
    for (const [name, person] of Object.entries(people) as [Who, Person][]) {
      const personId = await insert(
        `INSERT INTO people (tenant_id, email, name, locale, password_hash, staff_role)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [tenantId, `${name}@notices.example`, `Lab ${name}`, person.locale, hash, person.staff],
      );
      personIds[name] = personId;
      for (const [unit, role] of person.links ?? []) {
        await q.query(
          `INSERT INTO person_units (tenant_id, person_id, unit_id, role, ownership_share)
           VALUES ($1, $2, $3, $4, $5)`,
          [tenantId, personId, unitIds[unit], role, role === 'owner' ? '1' : null],
        );
      }
    }
    return { tenantId, groupIds, propertyIds, personIds };
  });

  const signedIn = signIns(server, slug, password);
  const as = (who: Who) => signedIn(`${who}@notices.example`);
  return {
    slug,
    ...ids,
    as,
    token: async (who) =>
      (await server.client(slug).auth.signIn({ email: `${who}@notices.example`, password }))
        .accessToken,
    sql,
    at: (minutes) => new Date(Date.now() + minutes * 60_000).toISOString(),
    async publish(input, who = 'manager') {
      const response = await (
        await as(who)
      )('/announcements', {
        method: 'POST',
        json: { title: 'Notice', body: 'Text.', audience: { scope: 'tenant' }, ...input },
      });
      if (response.status !== 201) throw new Error(`${response.status} ${await response.text()}`);
      return (await response.json()) as Announcement;
    },
  };
}

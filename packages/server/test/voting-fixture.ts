import { localDateTime, type Locale } from '@atrium/sdk';
import { hashPassword } from '../src/auth/passwords.js';
import { one, type Sql } from '../src/db/scope.js';
import type { MeetingDetail, MeetingInput } from '../src/voting/types.js';
import { signIns, type Call, type TestServer } from './helpers.js';

/** The lab's zone: a daylight-saving change, and an offset that differs in winter and summer. */
export const timeZone = 'Europe/Warsaw';
const password = 'Voting-2026!';

/**
 * The lab's properties. Court (574.00 m²) holds five units: A1 and A5 sole-owned, A2 owned
 * 2/3 + 1/3 (written 0.66666667 + 0.33333333, so its weights have ten decimals that still
 * add up to the unit's area), A3 half and half. Annex is another property with one owner;
 * Shed has no total area (DIR-1); Crowded has a unit whose owners hold 1.2 of it, so its
 * owned area is over its total; Empty has a unit and no owner.
 */
const properties = {
  court: {
    totalArea: '574.00',
    units: { A1: '120.50', A2: '80.25', A3: '99.99', A4: '71.75', A5: '45.00' },
  },
  annex: { totalArea: '200.00', units: { B1: '60.00' } },
  shed: { totalArea: null, units: { C1: '30.00' } },
  crowded: { totalArea: '100.00', units: { D1: '70.00', D2: '50.00' } },
  empty: { totalArea: '80.00', units: { E1: '40.00' } },
} as const;
type PropertyName = keyof typeof properties;
type UnitNumber = { [P in PropertyName]: keyof (typeof properties)[P]['units'] }[PropertyName];

type Link = [unit: UnitNumber, role: 'owner' | 'resident' | 'board_member', share?: string];
interface Person {
  locale: Locale;
  staff?: 'manager' | 'director' | 'accountant';
  links?: Link[];
}
const people = {
  manager: { locale: 'en', staff: 'manager' },
  director: { locale: 'pl', staff: 'director' },
  accountant: { locale: 'en', staff: 'accountant' },
  olga: {
    locale: 'pl',
    links: [
      ['A1', 'owner', '1'],
      ['A3', 'owner', '0.5'],
    ],
  },
  sam: {
    locale: 'en',
    links: [
      ['A3', 'owner', '0.5'],
      ['A5', 'owner', '1'],
    ],
  },
  piotr: { locale: 'pl', links: [['A2', 'owner', '0.66666667']] },
  rita: { locale: 'ru', links: [['A2', 'owner', '0.33333333']] },
  boris: {
    locale: 'ru',
    links: [
      ['A4', 'owner', '1'],
      ['D1', 'owner', '0.6'],
    ],
  },
  // on the board of Court through A4, owning nothing
  bea: { locale: 'pl', links: [['A4', 'board_member']] },
  // on the board of Annex through B1, owning nothing
  ben: { locale: 'en', links: [['B1', 'board_member']] },
  // lives in A1, owns nothing
  rick: { locale: 'en', links: [['A1', 'resident']] },
  // owns in the other properties only
  otto: {
    locale: 'en',
    links: [
      ['B1', 'owner', '1'],
      ['C1', 'owner', '1'],
      ['D1', 'owner', '0.6'],
      ['D2', 'owner', '1'],
    ],
  },
} satisfies Record<string, Person>;
export type Who = keyof typeof people;

export type { Call } from './helpers.js';

/** A tenant of its own for voting tests: the properties above, their people, staff. */
export interface VotingLab {
  slug: string;
  tenantId: string;
  propertyIds: Record<PropertyName, string>;
  unitIds: Record<UnitNumber, string>;
  personIds: Record<Who, string>;
  /** fetch as someone of the lab, with their bearer token. */
  as(who: Who): Promise<Call>;
  /** Runs SQL beside the server, seeing every tenant. */
  sql<T>(fn: (sql: Sql) => Promise<T>): Promise<T>;
  /** The lab's wall-clock time `minutes` from now, as a LocalDateTime. */
  local(minutes: number): string;
  /** A meeting's body: Court, open from an hour ago for two days, quorum 1/2, one resolution. */
  input(input?: Partial<MeetingInput>): MeetingInput;
  /** A meeting opened by the manager (defaults: input's). */
  open(input?: Partial<MeetingInput>): Promise<MeetingDetail>;
  /**
   * Ends a meeting's window now, as time passing would: the window is set in whole minutes,
   * so tests move the stored instants instead of waiting for one to pass.
   */
  close(meetingId: string, inSeconds?: number): Promise<void>;
}

export async function createVotingLab(server: TestServer, slug: string): Promise<VotingLab> {
  const hash = await hashPassword(password);
  const db = server.app.db;
  const sql = <T>(fn: (sql: Sql) => Promise<T>) => db.withSystem(fn);
  const ids = await sql(async (q) => {
    const { id: tenantId } = one(
      await q.query<{ id: string }>(
        `INSERT INTO tenants (slug, name, default_locale, currency, time_zone)
         VALUES ($1, 'Voting Lab', 'en', 'PLN', $2) RETURNING id`,
        [slug, timeZone],
      ),
    );
    const propertyIds = {} as Record<PropertyName, string>;
    const unitIds = {} as Record<UnitNumber, string>;
    for (const [name, p] of Object.entries(properties)) {
      const { id } = one(
        await q.query<{ id: string }>(
          `INSERT INTO properties (tenant_id, name, type, legal_entity, address, total_area)
           VALUES ($1, $2, 'residential_building', $2, 'Lab St 1', $3) RETURNING id`,
          [tenantId, name, p.totalArea],
        ),
      );
      propertyIds[name as PropertyName] = id;
      for (const [number, area] of Object.entries(p.units)) {
        unitIds[number as UnitNumber] = one(
          await q.query<{ id: string }>(
            `INSERT INTO units (tenant_id, property_id, number, area)
             VALUES ($1, $2, $3, $4) RETURNING id`,
            [tenantId, id, number, area],
          ),
        ).id;
      }
    }
    const personIds = {} as Record<Who, string>;
    for (const [name, person] of Object.entries(people) as [Who, Person][]) {
      const { id } = one(
        await q.query<{ id: string }>(
          `INSERT INTO people (tenant_id, email, name, locale, password_hash, staff_role)
           VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
          [tenantId, `${name}@voting.example`, `Lab ${name}`, person.locale, hash, person.staff],
        ),
      );
      personIds[name] = id;
      for (const [unit, role, share] of person.links ?? []) {
        await q.query(
          `INSERT INTO person_units (tenant_id, person_id, unit_id, role, ownership_share)
           VALUES ($1, $2, $3, $4, $5)`,
          [tenantId, id, unitIds[unit], role, share ?? null],
        );
      }
    }
    return { tenantId, propertyIds, unitIds, personIds };
  });

  const signedIn = signIns(server, slug, password);
  const as = (who: Who) => signedIn(`${who}@voting.example`);
  const local = (minutes: number) =>
    localDateTime(new Date(Date.now() + minutes * 60_000), timeZone);
  const input = (over: Partial<MeetingInput> = {}): MeetingInput => ({
    propertyId: ids.propertyIds.court,
    title: 'Lab meeting',
    opensAt: local(-60),
    closesAt: local(2 * 24 * 60),
    quorum: { numerator: 1, denominator: 2 },
    resolutions: [{ title: 'Paint the hall', text: 'The owners agree.', majority: 'votes_cast' }],
    ...over,
  });
  return {
    slug,
    ...ids,
    as,
    sql,
    local,
    input,
    async open(over = {}) {
      const manager = await as('manager');
      const response = await manager('/meetings', { method: 'POST', json: input(over) });
      if (response.status !== 201) throw new Error(await response.text());
      return (await response.json()) as MeetingDetail;
    },
    async close(meetingId, inSeconds = 0) {
      await sql((q) =>
        q.query(
          `UPDATE meetings
              SET opens_at = least(opens_at, clock_timestamp() - interval '1 hour'),
                  closes_at = clock_timestamp() + make_interval(secs => $2)
            WHERE id = $1`,
          [meetingId, inSeconds],
        ),
      );
    },
  };
}

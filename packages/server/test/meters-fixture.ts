import { hashPassword } from '../src/auth/passwords.js';
import { one, type Sql } from '../src/db/scope.js';
import { toMilli } from '../src/meters/decimal.js';
import { insertReading } from '../src/meters/reading-rows.js';
import type { Meter, MeterInput, MeterReplacementInput } from '../src/meters/types.js';
import { addDays, monthsBefore } from '../src/stats/dates.js';
import { signIns, type Call, type TestServer } from './helpers.js';

/** Far east of UTC, so the tenant's date is tomorrow's UTC date for half of every day. */
export const timeZone = 'Pacific/Kiritimati';

const people = {
  owner: { units: ['1'], role: 'owner', staff: null, locale: 'pl' },
  resident: { units: ['1'], role: 'resident', staff: null, locale: 'ru' },
  neighbour: { units: ['2'], role: 'resident', staff: null, locale: 'en' },
  manager: { units: [], role: null, staff: 'manager', locale: 'en' },
  accountant: { units: [], role: null, staff: 'accountant', locale: 'en' },
} as const;
export type Who = keyof typeof people;
const password = 'Meters-2026!';

export type { Call } from './helpers.js';

/** A tenant of its own for meter tests: units 1 and 2, their people, staff. */
export interface MeterLab {
  slug: string;
  tenantId: string;
  units: { u1: string; u2: string };
  /** fetch as someone of the lab, with their bearer token. */
  as(who: Who): Promise<Call>;
  /** Runs SQL beside the server, seeing every tenant. */
  sql<T>(fn: (sql: Sql) => Promise<T>): Promise<T>;
  /** The tenant's today (YYYY-MM-DD). */
  today(): string;
  /** A new meter's body: unit 1, cold water, 5 + 3 digits, 10 six months ago, a new serial. */
  meterInput(input?: Partial<MeterInput>): MeterInput;
  /** A meter installed by the manager in unit 1 (defaults: meterInput's). */
  install(input?: Partial<MeterInput>): Promise<Meter>;
  /** The manager's replacement of a meter, by default today with a 5 + 3 dial showing 0. */
  replace(
    meterId: string,
    input?: Partial<MeterReplacementInput>,
    headers?: Record<string, string>,
  ): Promise<Response>;
  /**
   * A meter with a value per month, by months ago: the earliest is its initial value, the
   * others readings, written as the server writes accepted readings. Its id.
   */
  withHistory(values: Record<number, string>): Promise<string>;
}

const localToday = () => new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date());

export async function createMeterLab(server: TestServer, slug: string): Promise<MeterLab> {
  const hash = await hashPassword(password);
  const db = server.app.db;
  const ids = await db.withSystem(async (sql) => {
    const { id: tenantId } = one(
      await sql.query<{ id: string }>(
        `INSERT INTO tenants (slug, name, default_locale, currency, time_zone,
                              meter_window_opens_day, meter_window_closes_day)
         VALUES ($1, 'Meter Lab', 'en', 'PLN', $2, 1, 31) RETURNING id`,
        [slug, timeZone],
      ),
    );
    const { rows } = await sql.query<{ number: string; id: string }>(
      `WITH p AS (INSERT INTO properties (tenant_id, name, type, legal_entity, address, total_area)
                  VALUES ($1, 'Lab House', 'residential_building', 'Lab Community', 'Lab St 1', 300)
                  RETURNING id)
       INSERT INTO units (tenant_id, property_id, number, area)
       SELECT $1, p.id, n, 50 FROM p, unnest(ARRAY['1', '2']) n RETURNING number, id`,
      [tenantId],
    );
    const unit = (n: string) => rows.find((r) => r.number === n)?.id as string;
    for (const [name, person] of Object.entries(people)) {
      const { id } = one(
        await sql.query<{ id: string }>(
          `INSERT INTO people (tenant_id, email, name, locale, password_hash, staff_role)
           VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
          [tenantId, `${name}@meters.example`, `Lab ${name}`, person.locale, hash, person.staff],
        ),
      );
      for (const number of person.units) {
        await sql.query(
          `INSERT INTO person_units (tenant_id, person_id, unit_id, role, ownership_share)
           VALUES ($1, $2, $3, $4, $5)`,
          [tenantId, id, unit(number), person.role, person.role === 'owner' ? 1 : null],
        );
      }
    }
    return { tenantId, units: { u1: unit('1'), u2: unit('2') } };
  });

  const signedIn = signIns(server, slug, password);
  const as = (who: Who) => signedIn(`${who}@meters.example`);
  let serial = 0;
  const meterInput = (input: Partial<MeterInput> = {}): MeterInput => ({
    unitId: ids.units.u1,
    kind: 'cold_water',
    serialNumber: `LAB-${++serial}`,
    measure: 'm3',
    digits: 5,
    decimals: 3,
    installedOn: `${monthsBefore(localToday().slice(0, 7), 6)}-01`,
    verificationDueOn: '2035-01-01',
    initialValue: '10.000',
    ...input,
  });
  const install = async (input: Partial<MeterInput> = {}): Promise<Meter> => {
    const manager = await as('manager');
    const response = await manager('/meters', { method: 'POST', json: meterInput(input) });
    if (response.status !== 201) throw new Error(await response.text());
    return (await response.json()) as Meter;
  };
  const replace = async (
    meterId: string,
    input: Partial<MeterReplacementInput> = {},
    headers: Record<string, string> = {},
  ) =>
    (await as('manager'))(`/meters/${meterId}/replacement`, {
      method: 'POST',
      headers,
      json: {
        replacedOn: localToday(),
        serialNumber: `LAB-NEW-${++serial}`,
        digits: 5,
        decimals: 3,
        verificationDueOn: '2036-01-01',
        initialValue: '0',
        ...input,
      },
    });
  const sql = <T>(fn: (sql: Sql) => Promise<T>) => db.withSystem(fn);

  return {
    slug,
    ...ids,
    as,
    sql,
    today: localToday,
    meterInput,
    install,
    replace,
    async withHistory(values) {
      const [first, ...readings] = Object.entries(values)
        .map(([ago, value]) => [Number(ago), value] as const)
        .sort(([a], [b]) => b - a);
      if (!first) throw new Error('no initial value');
      const [initialAgo, initial] = first;
      const month = (ago: number) => monthsBefore(localToday().slice(0, 7), ago);
      const meter = await install({
        installedOn: `${month(initialAgo)}-01`,
        initialValue: initial,
      });
      await sql(async (q) => {
        const { rows } = await q.query<{ id: string }>(
          'UPDATE meter_readings SET submitted_at = $2::date WHERE meter_id = $1 RETURNING id',
          [meter.id, `${month(initialAgo)}-01`],
        );
        let base = { id: one({ rows }).id, value: toMilli(initial) };
        for (const [ago, value] of readings) {
          const id = await insertReading(q, {
            tenantId: ids.tenantId,
            meterId: meter.id,
            period: month(ago),
            kind: 'reading',
            value,
            base: { id: base.id, consumption: toMilli(value) - base.value },
            submittedBy: null,
            submittedAt: new Date(`${addDays(`${month(ago)}-01`, 14)}T12:00:00Z`),
          });
          base = { id, value: toMilli(value) };
        }
      });
      return meter.id;
    },
  };
}

import type { Scopes, Sql } from '../db/scope.js';
import { fromMilli, toMilli } from '../meters/decimal.js';
import { insertReading } from '../meters/reading-rows.js';
import type { Meter } from '../meters/types.js';
import { localToday } from '../stats/local-time.js';
import { monthsBefore } from '../stats/dates.js';
import { demoHotel, lesna5, type DemoTenant } from './data.js';
import { tenantToSeed } from './once.js';

// A year of monthly readings up to last month on both portals, none yet for this month so
// the demo can send one: MTR-1 checks them against these, MTR-2 shows them as history.

type Kind = Meter['kind'];

interface DemoMeter {
  unit: string;
  kind: Kind;
  measure: Meter['measure'];
  digits: number;
  decimals: number;
  serial: string;
  initial: string;
  /** Use per calendar month, January first, in thousandths. */
  uses: number[];
}

interface DemoPlan {
  tenant: DemoTenant;
  /** Who sends the readings, taking turns month by month. */
  residents: string[];
  manager: string;
  meters: DemoMeter[];
  /** A reading accepted as an implausible jump, with the resident's explanation. */
  flagged: { serial: string; monthsAgo: number; use: number; comment: string };
  /** A reading sent twice in its window: the first value mistyped, then corrected. */
  corrected: { serial: string; monthsAgo: number; mistake: number };
}

const months = 13;
// Seasonal use in thousandths: more water in summer, more light and heat in winter.
const coldWater = [4200, 4000, 4300, 4100, 4600, 5100, 5400, 5200, 4500, 4300, 4100, 4400];
const hotWater = [2900, 2800, 2700, 2600, 2400, 2100, 1800, 2000, 2500, 2700, 2800, 3000];
const dayPower = [
  182400, 170100, 160700, 142300, 128900, 120500, 118200, 121600, 135400, 152800, 171300, 190600,
];
const nightPower = [
  74200, 70600, 66100, 60300, 55800, 52400, 50900, 53200, 58700, 64500, 70100, 77300,
];
const heat = [2145, 1932, 1604, 921, 204, 0, 0, 0, 188, 876, 1521, 1987];

const water = (kind: Kind, unit: string, serial: string, initial: string, uses: number[]) =>
  ({ unit, kind, measure: 'm3', digits: 5, decimals: 3, serial, initial, uses }) as const;
const power = (kind: Kind, unit: string, serial: string, initial: string, uses: number[]) =>
  ({ unit, kind, measure: 'kWh', digits: 6, decimals: 1, serial, initial, uses }) as const;
/** A larger apartment's use: the same seasons, rounded to the dial. */
const scaled = (uses: number[], percent: number, decimals: number) => {
  const step = 10 ** (3 - decimals);
  return uses.map((use) => Math.round((use * percent) / 100 / step) * step);
};

const email = (tenant: DemoTenant, name: string) => {
  const person = tenant.people.find((p) => p.name === name);
  if (!person) throw new Error(`no demo person ${name}`);
  return person.email;
};

const plans: DemoPlan[] = [
  {
    tenant: lesna5,
    residents: [email(lesna5, 'Anna Nowak'), email(lesna5, 'Jan Nowak')],
    manager: email(lesna5, 'Katarzyna Wiśniewska'),
    meters: [
      water('cold_water', '12', 'WZ-204518', '00123.456', coldWater),
      water('hot_water', '12', 'WC-204519', '00071.204', hotWater),
      power('electricity_day', '12', 'E-7731052', '012840.6', dayPower),
      { ...water('heat', '12', 'HC-55102', '00042.118', heat), measure: 'GJ' },
    ],
    flagged: {
      serial: 'WZ-204518',
      monthsAgo: 3,
      use: 19_800,
      comment:
        'Awaria spłuczki w łazience: woda lała się przez kilka dni, hydraulik naprawił ją 14-go.',
    },
    corrected: { serial: 'E-7731052', monthsAgo: 5, mistake: 100_000 },
  },
  {
    tenant: demoHotel,
    residents: [email(demoHotel, 'Ирина Соколова')],
    manager: email(demoHotel, 'Пётр Иванов'),
    meters: [
      water('cold_water', '101', 'СВ-118204', '00318.770', coldWater),
      water('hot_water', '101', 'ГВ-118205', '00204.015', hotWater),
      power('electricity_day', '101', 'Э-4402117', '023118.4', dayPower),
      power('electricity_night', '101', 'Э-4402118', '009871.2', nightPower),
      water('cold_water', '204', 'СВ-120977', '00402.300', scaled(coldWater, 140, 3)),
      water('hot_water', '204', 'ГВ-120978', '00265.842', scaled(hotWater, 140, 3)),
      power('electricity_day', '204', 'Э-4409330', '031907.9', scaled(dayPower, 135, 1)),
      power('electricity_night', '204', 'Э-4409331', '012560.0', scaled(nightPower, 135, 1)),
    ],
    flagged: {
      serial: 'ГВ-120978',
      monthsAgo: 7,
      use: 14_700,
      comment: 'Гости прожили месяц вшестером, горячей воды ушло много — проверили, утечки нет.',
    },
    corrected: { serial: 'СВ-118204', monthsAgo: 1, mistake: 10_000 },
  },
];

/** Morning on the 22nd of a month: readings were sent inside the window. */
const sentOn = (period: string, hour: number) =>
  new Date(`${period}-22T${String(hour).padStart(2, '0')}:00:00Z`);

async function seedMeter(
  sql: Sql,
  ids: { tenantId: string; unitId: string; managerId: string; residentIds: string[] },
  plan: DemoPlan,
  meter: DemoMeter,
  thisMonth: string,
) {
  const installed = monthsBefore(thisMonth, months + 1);
  const { rows } = await sql.query<{ id: string }>(
    `INSERT INTO meters (tenant_id, unit_id, kind, serial_number, measure, digits, decimals,
       installed_on, verification_due_on)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8::date, ($8::date + interval '6 years')::date)
     RETURNING id`,
    [
      ids.tenantId,
      ids.unitId,
      meter.kind,
      meter.serial,
      meter.measure,
      meter.digits,
      meter.decimals,
      `${installed}-03`,
    ],
  );
  const meterId = rows[0]?.id;
  if (!meterId) throw new Error('demo meter not stored');
  const common = { tenantId: ids.tenantId, meterId };
  let base = {
    id: await insertReading(sql, {
      ...common,
      period: installed,
      kind: 'initial',
      value: meter.initial,
      submittedBy: ids.managerId,
      submittedAt: new Date(`${installed}-03T09:00:00Z`),
    }),
    value: toMilli(meter.initial),
  };
  for (let ago = months; ago >= 1; ago--) {
    const period = monthsBefore(thisMonth, ago);
    const flagged = plan.flagged.serial === meter.serial && plan.flagged.monthsAgo === ago;
    const use = BigInt(flagged ? plan.flagged.use : (meter.uses[Number(period.slice(5)) - 1] ?? 0));
    const value = base.value + use;
    const reading = {
      ...common,
      period,
      kind: 'reading' as const,
      submittedBy: ids.residentIds[ago % ids.residentIds.length] ?? null,
    };
    let supersedes: string | undefined;
    if (plan.corrected.serial === meter.serial && plan.corrected.monthsAgo === ago) {
      const mistake = use + BigInt(plan.corrected.mistake);
      supersedes = await insertReading(sql, {
        ...reading,
        value: fromMilli(base.value + mistake),
        base: { id: base.id, consumption: mistake },
        submittedAt: sentOn(period, 8),
      });
    }
    const id = await insertReading(sql, {
      ...reading,
      value: fromMilli(value),
      base: { id: base.id, consumption: use },
      flagged,
      comment: flagged ? plan.flagged.comment : null,
      submittedAt: sentOn(period, 11),
      supersedes,
    });
    base = { id, value };
  }
}

/** The demo tenant's meters with their readings, and a window open every day; only once. */
export async function seedDemoMeters(db: Scopes, slug: string): Promise<void> {
  const plan = plans.find((p) => p.tenant.slug === slug);
  if (!plan) return;
  await db.withSystem(async (sql) => {
    const tenantId = await tenantToSeed(sql, slug, 'meters');
    if (!tenantId) return;
    await sql.query(
      'UPDATE tenants SET meter_window_opens_day = 1, meter_window_closes_day = 31 WHERE id = $1',
      [tenantId],
    );
    const people = await sql.query<{ id: string; email: string }>(
      'SELECT id, email FROM people WHERE tenant_id = $1',
      [tenantId],
    );
    const personId = (address: string) => people.rows.find((p) => p.email === address)?.id;
    const units = await sql.query<{ id: string; number: string }>(
      'SELECT id, number FROM units WHERE tenant_id = $1',
      [tenantId],
    );
    const thisMonth = (await localToday(sql, tenantId)).slice(0, 7);
    for (const meter of plan.meters) {
      const unitId = units.rows.find((u) => u.number === meter.unit)?.id;
      const managerId = personId(plan.manager);
      if (!unitId || !managerId) throw new Error(`demo unit ${meter.unit} or its manager missing`);
      const residentIds = plan.residents.flatMap((address) => personId(address) ?? []);
      await seedMeter(sql, { tenantId, unitId, managerId, residentIds }, plan, meter, thisMonth);
    }
  });
}

// What the pretend server answers about meters: Anna's flat 12 in Leśna 5, its four meters
// and a year of their readings, November 2026's window open from the 20th to the 25th.
import type {
  Me,
  Meter,
  MeterKind,
  MeasureUnit,
  MeterPage,
  MeterReading,
  MeterReadingPage,
  ReadingInput,
  SubmissionWindow,
} from '@atrium/sdk';

const unit = { id: '9b2e4c1a-0f3d-4a6b-8c7e-5d1f2a3b4c5d', number: '12', area: '54.30' };

/** Anna Nowak, who owns and lives in flat 12. */
export const meterMe = {
  id: '3f1c2a9e-6b0d-4f4e-9d8a-2b7c1e5f9a10',
  name: 'Anna Nowak',
  email: 'anna.nowak@example.pl',
  locale: 'pl',
  roles: ['owner', 'resident'],
  units: [
    {
      ...unit,
      property: {
        id: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
        name: 'Wspólnota Mieszkaniowa Leśna 5',
        address: 'ul. Leśna 5, 30-001 Kraków',
      },
      roles: ['owner', 'resident'],
      ownershipShare: '0.5',
    },
  ],
} satisfies Me;

/** The window open now, or the next one while none is. */
export const windows = {
  open: { month: '2026-11', opensOn: '2026-11-20', closesOn: '2026-11-25', isOpen: true },
  closed: { month: '2026-12', opensOn: '2026-12-20', closesOn: '2026-12-25', isOpen: false },
} satisfies Record<string, SubmissionWindow>;

interface Plan {
  id: string;
  kind: MeterKind;
  serial: string;
  measure: MeasureUnit;
  digits: number;
  decimals: number;
  /** The value installed, in thousandths. */
  initial: bigint;
  /** Use per month, November 2025 to October 2026, in thousandths. */
  uses: number[];
}

const plans: Plan[] = [
  {
    id: '5d7e2c1b-3a4f-4b6c-8d9e-0f1a2b3c4d5e',
    kind: 'cold_water',
    serial: 'WZ-204518',
    measure: 'm3',
    digits: 5,
    decimals: 3,
    initial: 123_456n,
    uses: [4100, 4400, 4200, 4000, 4300, 4100, 4600, 5100, 5400, 19_800, 4500, 4300],
  },
  {
    id: '6e8f3d2c-4b5a-4c7d-9e0f-1a2b3c4d5e6f',
    kind: 'hot_water',
    serial: 'WC-204519',
    measure: 'm3',
    digits: 5,
    decimals: 3,
    initial: 71_204n,
    uses: [2800, 3000, 2900, 2800, 2700, 2600, 2400, 2100, 1800, 2000, 2500, 2700],
  },
  {
    id: '7f9a4e3d-5c6b-4d8e-8f1a-2b3c4d5e6f70',
    kind: 'electricity_day',
    serial: 'E-7731052',
    measure: 'kWh',
    digits: 6,
    decimals: 1,
    initial: 12_840_600n,
    uses: [171_300, 190_600, 182_400, 170_100, 160_700, 142_300, 128_900, 120_500, 118_200].concat([
      121_600, 135_400, 152_800,
    ]),
  },
  {
    id: '8a0b5f4e-6d7c-4e9f-9a2b-3c4d5e6f7081',
    kind: 'heat',
    serial: 'HC-55102',
    measure: 'GJ',
    digits: 5,
    decimals: 3,
    initial: 42_118n,
    uses: [1521, 1987, 2145, 1932, 1604, 921, 204, 0, 0, 0, 188, 876],
  },
];

const months = [
  '2025-11',
  '2025-12',
  '2026-01',
  '2026-02',
  '2026-03',
  '2026-04',
  '2026-05',
  '2026-06',
  '2026-07',
  '2026-08',
  '2026-09',
  '2026-10',
];
// The cold-water reading of August 2026, accepted as an implausible jump on Anna's word.
const flagged = { serial: 'WZ-204518', month: '2026-08' };
// The hot-water reading of June 2026, first mistyped, then corrected in the window.
const corrected = { serial: 'WC-204519', month: '2026-06', mistake: 10_000 };

/** Thousandths as a contract value: `123456n` → `123.456`. */
export function decimal(milli: bigint): string {
  return `${milli / 1000n}.${(milli % 1000n).toString().padStart(3, '0')}`;
}

/** A contract value in thousandths: `123.4` → `123400n`. */
export function thousandths(value: string): bigint {
  const [whole = '0', fraction = ''] = value.split('.');
  return BigInt(whole + fraction.padEnd(3, '0').slice(0, 3));
}

const sentOn = (month: string, hour: number) =>
  `${month}-22T${String(hour).padStart(2, '0')}:00:00Z`;

/** A meter's readings, newest first: the year's, a replaced one, and the installed value. */
function readingsOf(plan: Plan): MeterReading[] {
  const reading = (month: string, value: bigint, extra: Partial<MeterReading>): MeterReading => ({
    id: `${plan.id.slice(0, 24)}${month.replace('-', '')}${extra.supersededAt ? '01' : '00'}`,
    meterId: plan.id,
    period: month,
    value: decimal(value),
    kind: 'reading',
    rollover: false,
    consumption: null,
    flagged: false,
    comment: null,
    submittedAt: sentOn(month, 11),
    submittedBy: 'Anna Nowak',
    supersededAt: null,
    ...extra,
  });
  const readings = [
    reading('2025-10', plan.initial, {
      kind: 'initial',
      submittedAt: '2025-10-03T09:00:00Z',
      submittedBy: 'Katarzyna Wiśniewska',
    }),
  ];
  let value = plan.initial;
  months.forEach((month, i) => {
    const use = BigInt(plan.uses[i] ?? 0);
    if (corrected.serial === plan.serial && corrected.month === month) {
      readings.push(
        reading(month, value + use + BigInt(corrected.mistake), {
          submittedAt: sentOn(month, 8),
          supersededAt: sentOn(month, 11),
        }),
      );
    }
    value += use;
    const isFlagged = flagged.serial === plan.serial && flagged.month === month;
    readings.push(
      reading(month, value, {
        consumption: decimal(use),
        flagged: isFlagged,
        comment: isFlagged ? 'Awaria spłuczki: woda lała się przez kilka dni.' : null,
      }),
    );
  });
  return readings.reverse();
}

function meterOf(plan: Plan, expired: boolean): Meter {
  const last = readingsOf(plan).find((r) => !r.supersededAt) as MeterReading;
  return {
    id: plan.id,
    unitId: unit.id,
    unitNumber: unit.number,
    kind: plan.kind,
    serialNumber: plan.serial,
    measure: plan.measure,
    digits: plan.digits,
    decimals: plan.decimals,
    installedOn: '2025-10-03',
    verificationDueOn: expired && plan.kind === 'heat' ? '2026-10-31' : '2031-10-03',
    verificationExpired: expired && plan.kind === 'heat',
    lastReading: {
      value: last.value,
      period: last.period,
      kind: last.kind,
      submittedAt: last.submittedAt,
    },
    windowReading: null,
  };
}

/** Flat 12's meters; `expired` makes the heat meter's verification lapse. */
export function meterPage(window: SubmissionWindow, empty: boolean, expired: boolean): MeterPage {
  return { items: empty ? [] : plans.map((p) => meterOf(p, expired)), nextCursor: null, window };
}

/** A page of a meter's history (the cursor is the offset), or null for an unknown meter. */
export function historyPage(meterId: string, query: URLSearchParams): MeterReadingPage | null {
  const plan = plans.find((p) => p.id === meterId);
  if (!plan) return null;
  const all = readingsOf(plan);
  const offset = Number(query.get('cursor') ?? 0);
  const limit = Number(query.get('limit') ?? 20);
  const items = all.slice(offset, offset + limit);
  return { items, nextCursor: offset + limit < all.length ? String(offset + limit) : null };
}

/** A meter's history as the CSV export: a BOM, Polish headings, dot decimals. */
export function historyCsv(meterId: string): { csv: string; serial: string } | null {
  const plan = plans.find((p) => p.id === meterId);
  if (!plan) return null;
  const rows = readingsOf(plan)
    .reverse()
    .map((r) => [r.period, r.value, r.consumption ?? '', r.submittedAt].join(','));
  const csv = `\uFEFFMiesiąc,Odczyt,Zużycie,Przekazano\r\n${rows.join('\r\n')}\r\n`;
  return { csv, serial: plan.serial };
}

/** The largest monthly use of a meter, the reference of an implausible jump (rule `largest`). */
export function largestUse(meterId: string): bigint {
  const uses = plans.find((p) => p.id === meterId)?.uses ?? [];
  return uses.reduce((max, use) => (BigInt(use) > max ? BigInt(use) : max), 0n);
}

/** The reading the server stores for an accepted input. */
export function storedReading(input: ReadingInput): MeterReading {
  const plan = plans.find((p) => p.id === input.meterId);
  const last = plan ? readingsOf(plan).find((r) => !r.supersededAt) : undefined;
  const use = last ? thousandths(input.value) - thousandths(last.value) : null;
  return {
    id: crypto.randomUUID(),
    meterId: input.meterId,
    period: windows.open.month,
    value: input.value,
    kind: 'reading',
    rollover: input.rollover ?? false,
    consumption: use === null ? null : decimal(use),
    flagged: input.confirmImplausible ?? false,
    comment: input.comment ?? null,
    submittedAt: new Date().toISOString(),
    submittedBy: 'Anna Nowak',
    supersededAt: null,
  };
}

/** The base of a meter's next check, in thousandths. */
export function lastValue(meterId: string): bigint {
  const plan = plans.find((p) => p.id === meterId);
  const last = plan ? readingsOf(plan).find((r) => !r.supersededAt) : undefined;
  return last ? thousandths(last.value) : 0n;
}

/** The meters' ids by kind, for stories that type into one. */
export const meterIds = Object.fromEntries(plans.map((p) => [p.kind, p.id])) as Record<
  MeterKind,
  string
>;

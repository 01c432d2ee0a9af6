import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ownerStats, completedMonths } from '../src/stats/figures.js';
import { rawOwnerStats } from '../src/stats/raw.js';
import { lastDueDay } from '../src/stats/due-day.js';
import { localToday } from '../src/stats/local-time.js';
import { snapshotDay, snapshotDays } from '../src/stats/snapshot.js';
import { engines } from './databases.js';
import { addDays, daysFrom, monthsBefore } from '../src/stats/dates.js';
import { problemOf, useServer } from './helpers.js';
import { createHotel, stay, type Hotel } from './hotel-fixture.js';

type Figures = {
  nightsAvailable: number;
  nightsSold: number;
  occupancy: string;
  adr: number;
  revpar: number;
  accommodationRevenue: number;
  extrasRevenue: number;
  penaltyRevenue: number;
};
type Stats = {
  currency: string;
  unitId: string | null;
  units: number;
  months: { month: string; figures: Figures }[];
  totals: Figures;
  lastCompletedMonth: string | null;
};

const json = async <T>(response: Response, status = 200): Promise<T> => {
  assert.equal(response.status, status, await response.clone().text());
  return (await response.json()) as T;
};

for (const engine of engines) {
  describe(`statistics on ${engine.name}`, () => {
    const server = useServer(engine, { statsScheduler: false });
    let hotel: Hotel;
    let manager: Awaited<ReturnType<Hotel['as']>>;
    let owner: Awaited<ReturnType<Hotel['as']>>;
    let a2Booking: string;
    const snapshot = (from: string, to: string) =>
      manager('/stats/snapshots', { method: 'POST', json: { from, to } });
    const statsOf = async (query: string) => json<Stats>(await owner(`/owner/stats?${query}`));

    before(async () => {
      hotel = await createHotel(server(), 'stats-hotel');
      manager = await hotel.as('manager');
      owner = await hotel.as('owner');
      const { a1, a2 } = hotel.units;
      const book = async (body: unknown) =>
        (
          await json<{ id: string }>(
            await manager('/bookings', { method: 'POST', json: body }),
            201,
          )
        ).id;
      // A stay across the month boundary: nights 30.01, 31.01 and 01.02; a transfer on arrival
      // (inside), a late check-out on the check-out day (inside, OWN-4), an excursion two days
      // after (outside, OWN-4).
      await book(
        stay(a1, '2025-01-30', '2025-02-02', [10_000, 12_000, 15_000], {
          status: 'completed',
          extras: [
            { kind: 'transfer', title: 'Transfer', serviceDate: '2025-01-30', amount: 2_500 },
            { kind: 'other', title: 'Late check-out', serviceDate: '2025-02-02', amount: 1_000 },
            { kind: 'other', title: 'Excursion', serviceDate: '2025-02-04', amount: 40_000 },
          ],
        }),
      );
      // OWN-6 a penalty the hotel charged: turnover on the planned arrival (10.01), no nights.
      const hotelPenalty = await book(stay(a1, '2025-01-10', '2025-01-12', [20_000, 20_000]));
      await manager(`/bookings/${hotelPenalty}/cancellation`, {
        method: 'POST',
        json: { penalty: 7_000, chargedBy: 'hotel' },
      });
      // OWN-6 a penalty the operator charged counts nowhere.
      const operatorPenalty = await book(stay(a1, '2025-01-15', '2025-01-16', [30_000]));
      await manager(`/bookings/${operatorPenalty}/cancellation`, {
        method: 'POST',
        json: { penalty: 9_000, chargedBy: 'operator' },
      });
      // OWN-6 a stay cut short: booked 20.01–25.01, left on 22.01, so nights 20 and 21 only;
      // an extra dated 24.01 is after the guests left, outside the stay (OWN-4).
      await book(
        stay(a1, '2025-01-20', '2025-01-25', [11_000, 11_000, 50_000, 50_000, 50_000], {
          status: 'completed',
          departedOn: '2025-01-22',
          extras: [{ kind: 'other', title: 'Dinner', serviceDate: '2025-01-24', amount: 5_000 }],
        }),
      );
      // A free cancellation counts nothing.
      const free = await book(stay(a1, '2025-01-05', '2025-01-07', [60_000, 60_000]));
      await manager(`/bookings/${free}/cancellation`, { method: 'POST', json: { penalty: 0 } });
      // A new (not accepted) booking counts nothing either.
      await book(stay(a1, '2025-01-01', '2025-01-02', [70_000], { status: 'new' }));
      // The second unit: two nights, 8 000 + 8 001.
      a2Booking = await book(stay(a2, '2025-01-03', '2025-01-05', [8_000, 8_001]));
    });

    it('OWN-2 a month appears only once every day of it has been snapshotted', async () => {
      const before = await statsOf('from=2025-01&to=2025-02');
      assert.deepEqual([before.months, before.lastCompletedMonth], [[], null]);

      const result = await json<{ days: number; months: string[] }>(
        await snapshot('2025-01-01', '2025-01-30'),
      );
      assert.deepEqual(result, { days: 30, months: [] });
      assert.deepEqual((await statsOf('from=2025-01&to=2025-02')).months, []);

      assert.deepEqual(await json(await snapshot('2025-01-31', '2025-01-31')), {
        days: 1,
        months: ['2025-01'],
      });
      const january = await statsOf('from=2025-01&to=2025-02');
      assert.deepEqual(
        january.months.map((m) => m.month),
        ['2025-01'],
      );
      assert.equal(january.lastCompletedMonth, '2025-01');

      assert.deepEqual(await json(await snapshot('2025-02-01', '2025-02-28')), {
        days: 28,
        months: ['2025-02'],
      });
      assert.equal((await statsOf('from=2025-01&to=2025-02')).lastCompletedMonth, '2025-02');
    });

    it('OWN-2 a month with a day not yet snapshotted mid-month is not rolled up', async () => {
      const may = daysFrom('2024-05-01', '2024-05-31');
      const { db } = server().app;
      const withoutThe15th = await snapshotDays(
        db,
        hotel.tenantId,
        may.filter((day) => day !== '2024-05-15'),
      );
      assert.deepEqual(withoutThe15th, { days: 30, months: [] });
      assert.deepEqual((await statsOf('from=2024-05&to=2024-05')).months, []);
      assert.deepEqual(await snapshotDay(db, hotel.tenantId, '2024-05-15'), {
        days: 1,
        months: ['2024-05'],
      });
      assert.deepEqual(
        (await statsOf('from=2024-05&to=2024-05')).months.map((m) => m.month),
        ['2024-05'],
      );
    });

    it('OWN-2 the current month never shows: snapshotted through yesterday, today refused', async () => {
      const { db } = server().app;
      const zone = (timeZone: string) =>
        db.withSystem((sql) =>
          sql.query('UPDATE tenants SET time_zone = $2 WHERE id = $1', [hotel.tenantId, timeZone]),
        );
      // UTC+14: the tenant's today is a day ahead of UTC's for most of the UTC day.
      await zone('Pacific/Kiritimati');
      try {
        const today = await db.withSystem((sql) => localToday(sql, hotel.tenantId));
        const month = today.slice(0, 7);
        const previous = monthsBefore(month, 1);
        const problem = await problemOf(await snapshot(`${previous}-01`, today));
        assert.equal(problem.code, 'validation_failed');
        assert.deepEqual(
          problem.errors?.map((e) => [e.field, e.code]),
          [['to', 'out_of_range']],
        );
        assert.equal((await snapshot(`${previous}-01`, addDays(today, -1))).status, 200);
        const stats = await statsOf(`from=${previous}&to=${month}`);
        assert.deepEqual(
          stats.months.map((m) => m.month),
          [previous],
          'the previous month is complete, the current one is not',
        );
      } finally {
        await zone('UTC');
      }
    });

    it('OWN-4 OWN-6 hand-computed figures of one unit, split by night across months', async () => {
      const stats = await statsOf(`unitId=${hotel.units.a1}&from=2025-01&to=2025-02`);
      assert.equal(stats.currency, 'RUB');
      assert.equal(stats.unitId, hotel.units.a1);
      assert.equal(stats.units, 1);
      // January: nights 20, 21 (cut short) + 30, 31 = 4 of 31.
      //   accommodation 11 000 + 11 000 + 10 000 + 12 000 = 44 000
      //   extras: transfer 2 500 on 30.01 (dinner on 24.01 is after departure: excluded)
      //   penalty: the hotel's 7 000 (the operator's 9 000 and the free cancellation: nothing)
      //   occupancy 4/31 = 0.129032… → 0.1290; ADR 44 000/4 = 11 000; RevPAR 44 000/31 = 1 419.35… → 1 419
      // February: night 01.02 = 1 of 28, accommodation 15 000, extras: late check-out 1 000 on the
      //   check-out day 02.02 (the excursion on 04.02 is outside); occupancy 1/28 = 0.035714… → 0.0357;
      //   ADR 15 000; RevPAR 15 000/28 = 535.71… → 536
      assert.deepEqual(stats.months, [
        {
          month: '2025-01',
          figures: {
            nightsAvailable: 31,
            nightsSold: 4,
            occupancy: '0.1290',
            adr: 11_000,
            revpar: 1_419,
            accommodationRevenue: 44_000,
            extrasRevenue: 2_500,
            penaltyRevenue: 7_000,
          },
        },
        {
          month: '2025-02',
          figures: {
            nightsAvailable: 28,
            nightsSold: 1,
            occupancy: '0.0357',
            adr: 15_000,
            revpar: 536,
            accommodationRevenue: 15_000,
            extrasRevenue: 1_000,
            penaltyRevenue: 0,
          },
        },
      ]);
      // Totals: 5 of 59 nights = 0.084745… → 0.0847; 59 000/5 = 11 800; 59 000/59 = 1 000.
      assert.deepEqual(stats.totals, {
        nightsAvailable: 59,
        nightsSold: 5,
        occupancy: '0.0847',
        adr: 11_800,
        revpar: 1_000,
        accommodationRevenue: 59_000,
        extrasRevenue: 3_500,
        penaltyRevenue: 7_000,
      });
    });

    it('OWN-1 all units summed, ADR and RevPAR rounded half up', async () => {
      const a2 = await statsOf(`unitId=${hotel.units.a2}&from=2025-01&to=2025-01`);
      // 16 001 over 2 nights = 8 000.5 → 8 001 (half up); over 31 nights = 516.16… → 516;
      // occupancy 2/31 = 0.064516… → 0.0645
      assert.deepEqual(
        [a2.months[0]?.figures.adr, a2.months[0]?.figures.revpar, a2.months[0]?.figures.occupancy],
        [8_001, 516, '0.0645'],
      );
      const both = await statsOf('from=2025-01&to=2025-01');
      assert.equal(both.unitId, null);
      assert.equal(both.units, 2);
      // A1 + A2 in January: 6 of 62 nights = 0.096774… → 0.0968; 60 001/6 = 10 000.17 → 10 000;
      // 60 001/62 = 967.76… → 968
      assert.deepEqual(both.months[0]?.figures, {
        nightsAvailable: 62,
        nightsSold: 6,
        occupancy: '0.0968',
        adr: 10_000,
        revpar: 968,
        accommodationRevenue: 60_001,
        extrasRevenue: 2_500,
        penaltyRevenue: 7_000,
      });
    });

    it('OWN-3 a re-run after a correction changes the figures, and again changes nothing', async () => {
      const changed = await manager(`/bookings/${a2Booking}`, {
        method: 'PATCH',
        json: {
          accommodations: stay(hotel.units.a2, '2025-01-03', '2025-01-05', [9_000, 9_000])
            .accommodations,
        },
      });
      assert.equal(changed.status, 200);
      const stale = await statsOf(`unitId=${hotel.units.a2}&from=2025-01&to=2025-01`);
      assert.equal(
        stale.totals.accommodationRevenue,
        16_001,
        'owners see the snapshot, not raw bookings',
      );
      // Mid-month days of a completed month: the month is rolled up again.
      assert.deepEqual(await json(await snapshot('2025-01-03', '2025-01-04')), {
        days: 2,
        months: ['2025-01'],
      });
      const fixed = await statsOf(`unitId=${hotel.units.a2}&from=2025-01&to=2025-01`);
      assert.equal(fixed.totals.accommodationRevenue, 18_000);
      const rows = () =>
        server().app.db.withSystem(
          async (sql) =>
            (
              await sql.query(
                "SELECT count(*)::int AS n FROM stats_daily WHERE tenant_id = $1 AND day BETWEEN '2025-01-01' AND '2025-02-28'",
                [hotel.tenantId],
              )
            ).rows,
        );
      const countBefore = await rows();
      await snapshot('2025-01-01', '2025-02-28');
      assert.deepEqual(await statsOf(`unitId=${hotel.units.a2}&from=2025-01&to=2025-01`), fixed);
      assert.deepEqual(await rows(), countBefore);
      assert.deepEqual(countBefore, [{ n: 59 * 3 }], 'one row per unit and day');
    });

    it('OWN-3 two snapshots of the same day at once give one result', async () => {
      const { db } = server().app;
      const monthRows = () =>
        db.withSystem(
          async (sql) =>
            (
              await sql.query(
                `SELECT unit_id, nights_sold, accommodation_revenue::text FROM stats_monthly
                WHERE tenant_id = $1 AND month = '2025-01-01' ORDER BY unit_id`,
                [hotel.tenantId],
              )
            ).rows,
        );
      const before = await monthRows();
      const [a, b] = await Promise.all([
        snapshotDay(db, hotel.tenantId, '2025-01-31'),
        snapshotDay(db, hotel.tenantId, '2025-01-31'),
      ]);
      assert.deepEqual(a, b);
      assert.deepEqual(a, { days: 1, months: ['2025-01'] });
      assert.deepEqual(await monthRows(), before);
      const days = await db.withSystem(
        async (sql) =>
          (
            await sql.query(
              "SELECT count(*)::int AS n FROM stats_snapshot_days WHERE tenant_id = $1 AND day = '2025-01-31'",
              [hotel.tenantId],
            )
          ).rows,
      );
      assert.deepEqual(days, [{ n: 1 }]);
    });

    it('OWN-3 two catch-ups at once compute each missing day once', async () => {
      const { db } = server().app;
      const days = daysFrom('2024-06-01', '2024-07-31');
      const catchUp = () => snapshotDays(db, hotel.tenantId, days, { onlyMissing: true });
      const [a, b] = await Promise.all([catchUp(), catchUp()]);
      assert.equal(a.days + b.days, days.length, 'each day computed by one of them');
      assert.deepEqual([...new Set([...a.months, ...b.months])].sort(), ['2024-06', '2024-07']);
      assert.deepEqual(await catchUp(), { days: 0, months: [] });
    });

    it('OWN-3 the snapshot agrees with the figures computed from raw bookings (demo data)', async () => {
      const { db } = server().app;
      await db.withSystem(async (sql) => {
        const { rows } = await sql.query<{ tenant_id: string; ids: string[] }>(
          `SELECT u.tenant_id, array_agg(u.id ORDER BY u.number) AS ids FROM units u
             JOIN tenants t ON t.id = u.tenant_id WHERE t.slug = 'demo-hotel' GROUP BY u.tenant_id`,
        );
        const demo = rows[0];
        assert.ok(demo);
        const months = await completedMonths(sql, { tenantId: demo.tenant_id, unitIds: demo.ids });
        assert.ok(months.length >= 24 * demo.ids.length, 'two years of demo months');
        const range = { from: months.at(-1)?.month ?? '', to: months[0]?.month ?? '' };
        for (const unitIds of [demo.ids, demo.ids.slice(0, 1)]) {
          const snap = await ownerStats(sql, { tenantId: demo.tenant_id, unitIds, ...range });
          const raw = await rawOwnerStats(sql, { tenantId: demo.tenant_id, unitIds, ...range });
          assert.deepEqual(raw, { months: snap.months, totals: snap.totals });
          assert.ok(
            snap.totals.nightsSold > 0 &&
              snap.totals.extrasRevenue > 0 &&
              snap.totals.penaltyRevenue > 0,
          );
        }
      });
    });

    it('OWN-1 another owner, another tenant and staff get nothing', async () => {
      const other = await hotel.as('otherOwner');
      const notFound = await problemOf(await other(`/owner/stats?unitId=${hotel.units.a1}`));
      assert.equal(notFound.code, 'not_found');
      const own = await json<Stats>(await other('/owner/stats?from=2025-01&to=2025-02'));
      assert.equal(own.units, 1);
      assert.ok(
        own.months.every((m) => m.figures.nightsSold === 0 && m.figures.accommodationRevenue === 0),
      );

      const anna = server().client('lesna-5');
      const session = await anna.auth.signIn({
        email: 'anna@lesna5.example',
        password: 'Lesna5-Haslo!',
      });
      const headers = { authorization: `Bearer ${session.accessToken}` };
      const across = await server().fetch(`/t/lesna-5/owner/stats?unitId=${hotel.units.a1}`, {
        headers,
      });
      assert.equal(across.status, 404);
      const wrongTenant = await server().fetch(`/t/${hotel.slug}/owner/stats`, { headers });
      assert.equal(wrongTenant.status, 401);

      for (const who of ['manager', 'accountant'] as const) {
        const staff = await hotel.as(who);
        assert.equal((await problemOf(await staff('/owner/stats'))).code, 'forbidden');
      }
      for (const who of ['owner', 'accountant'] as const) {
        const someone = await hotel.as(who);
        const response = await someone('/stats/snapshots', {
          method: 'POST',
          json: { from: '2025-01-01', to: '2025-01-02' },
        });
        assert.equal((await problemOf(response)).code, 'forbidden');
      }
    });

    it('bad ranges get field-named 400s', async () => {
      const cases: [string, unknown, string[]][] = [
        ['/stats/snapshots', { from: '2025-02-01', to: '2025-01-01' }, ['to']],
        ['/stats/snapshots', { from: '2020-01-01', to: '2025-01-01' }, ['to']],
        ['/stats/snapshots', { from: '2025-02-30', to: '2025-03-01' }, ['from']],
        ['/stats/snapshots', { from: '2025-01-01' }, ['to']],
        // the contract's dates are years 1900–2099
        ['/stats/snapshots', { from: '0000-01-01', to: '0000-01-02' }, ['from', 'to']],
      ];
      for (const [path, body, fields] of cases) {
        const problem = await problemOf(await manager(path, { method: 'POST', json: body }));
        assert.equal(problem.code, 'validation_failed');
        assert.deepEqual(
          problem.errors?.map((e) => e.field),
          fields,
          JSON.stringify(body),
        );
      }
      for (const [query, field] of [
        ['from=2025-13', 'from'],
        ['from=0000-01', 'from'],
        ['from=2025-03&to=2025-01', 'to'],
        ['unitId=nope', 'unitId'],
      ]) {
        const problem = await problemOf(await owner(`/owner/stats?${query}`));
        assert.deepEqual(
          problem.errors?.map((e) => e.field),
          [field],
        );
      }
    });
  });
}

describe('the snapshot scheduler’s last due day (OWN-3)', () => {
  const moscow = (utc: string) => lastDueDay(new Date(utc), 'Europe/Moscow', '16:00:00');

  it('is the day before yesterday until 16:00 local, yesterday from then', () => {
    // Moscow is UTC+3: 12:59Z is 15:59 there, 13:00Z is 16:00
    assert.equal(moscow('2025-03-10T12:59:59Z'), '2025-03-08');
    assert.equal(moscow('2025-03-10T13:00:00Z'), '2025-03-09');
  });

  it('turns with the local midnight, not with UTC’s', () => {
    assert.equal(moscow('2025-03-10T20:59:59Z'), '2025-03-09'); // 23:59 local, after 16:00
    assert.equal(moscow('2025-03-10T21:00:00Z'), '2025-03-09'); // 00:00 local on the 11th
    assert.equal(moscow('2025-03-10T23:59:59Z'), '2025-03-09'); // UTC's day still the 10th
    assert.equal(moscow('2025-03-11T00:00:00Z'), '2025-03-09'); // UTC's midnight changes nothing
    assert.equal(moscow('2025-03-11T13:00:00Z'), '2025-03-10');
  });

  it('crosses month and year ends', () => {
    assert.equal(moscow('2024-12-31T21:00:00Z'), '2024-12-30');
    assert.equal(moscow('2025-01-01T13:00:00Z'), '2024-12-31');
    assert.equal(lastDueDay(new Date('2025-03-01T15:59:00Z'), 'UTC', '16:00:00'), '2025-02-27');
  });
});

import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { engines } from './databases.js';
import { problemOf, useServer } from './helpers.js';
import { createHotel, stay, type Hotel } from './hotel-fixture.js';

type Booking = {
  id: string;
  number: string;
  status: string;
  clientStatus: string;
  total: number;
  cancellation: { penalty: number; chargedBy: string | null } | null;
  accommodations: { unitNumber: string; departedOn: string | null }[];
};

for (const engine of engines) {
  describe(`bookings on ${engine.name}`, () => {
    const server = useServer(engine, { statsScheduler: false });
    let hotel: Hotel;
    let manager: Awaited<ReturnType<Hotel['as']>>;
    const create = async (body: unknown) => {
      const response = await manager('/bookings', { method: 'POST', json: body });
      assert.equal(response.status, 201, await response.clone().text());
      return (await response.json()) as Booking;
    };

    before(async () => {
      hotel = await createHotel(server(), 'booking-hotel');
      manager = await hotel.as('manager');
    });

    it('BKG-1 a manager creates a booking with numbered services and totals', async () => {
      const booking = await create(
        stay(hotel.units.a1, '2025-05-01', '2025-05-03', [650_000, 590_000], {
          extras: [
            { kind: 'transfer', title: 'Transfer', serviceDate: '2025-05-01', amount: 250_000 },
          ],
        }),
      );
      assert.match(booking.number, /^ST-\d{4}-\d{6}$/);
      assert.equal(booking.total, 650_000 + 590_000 + 250_000);
      assert.equal(booking.accommodations[0]?.unitNumber, 'A1');
      const again = await manager(`/bookings/${booking.id}`);
      assert.deepEqual(await again.json(), booking);
    });

    it('BKG-2 statuses move only along the transitions; clients see the mapped status', async () => {
      const booking = await create(
        stay(hotel.units.a1, '2025-06-01', '2025-06-02', [100_000], { status: 'accepted' }),
      );
      const patch = (status: string) =>
        manager(`/bookings/${booking.id}`, { method: 'PATCH', json: { status } });
      const confirmed = (await (await patch('confirmed_to_client')).json()) as Booking;
      assert.deepEqual(
        [confirmed.status, confirmed.clientStatus],
        ['confirmed_to_client', 'booked'],
      );
      assert.equal((await problemOf(await patch('completed'))).code, 'invalid_transition');
      await patch('booked');
      const done = (await (await patch('completed')).json()) as Booking;
      assert.equal(done.status, 'completed');
      // BKG-5 editing a completed booking puts it in reposting, which clients see as completed
      const edited = await manager(`/bookings/${booking.id}`, {
        method: 'PATCH',
        json: { customer: { name: 'ООО «Балтийские поездки»' } },
      });
      const reposting = (await edited.json()) as Booking;
      assert.deepEqual([reposting.status, reposting.clientStatus], ['reposting', 'completed']);
      const cancel = await manager(`/bookings/${booking.id}/cancellation`, {
        method: 'POST',
        json: { penalty: 0 },
      });
      assert.equal((await problemOf(cancel)).code, 'invalid_transition');
    });

    it('OWN-6 cancelling with a penalty records who charged it', async () => {
      const booking = await create(
        stay(hotel.units.a2, '2025-06-10', '2025-06-12', [100_000, 100_000]),
      );
      const missing = await manager(`/bookings/${booking.id}/cancellation`, {
        method: 'POST',
        json: { penalty: 5 },
      });
      assert.deepEqual(
        (await problemOf(missing)).errors?.map((e) => [e.field, e.code]),
        [['chargedBy', 'required']],
      );
      const response = await manager(`/bookings/${booking.id}/cancellation`, {
        method: 'POST',
        json: { penalty: 100_000, chargedBy: 'hotel' },
      });
      const cancelled = (await response.json()) as Booking;
      assert.deepEqual(
        [
          cancelled.status,
          cancelled.clientStatus,
          cancelled.total,
          cancelled.cancellation?.chargedBy,
        ],
        ['cancelled_with_penalty', 'cancelled', 100_000, 'hotel'],
      );
      // the cancelled booking no longer holds the nights
      await create(stay(hotel.units.a2, '2025-06-10', '2025-06-12', [100_000, 100_000]));
    });

    it('a unit holds one standing stay a night (409 unit_unavailable)', async () => {
      await create(
        stay(hotel.units.a3, '2025-07-01', '2025-07-05', [1, 1, 1, 1], {
          departedOn: '2025-07-03',
        }),
      );
      const clash = await manager('/bookings', {
        method: 'POST',
        json: stay(hotel.units.a3, '2025-07-02', '2025-07-03', [1]),
      });
      assert.equal((await problemOf(clash)).code, 'unit_unavailable');
      // OWN-6 the nights after an early departure are free again
      await create(stay(hotel.units.a3, '2025-07-03', '2025-07-05', [1, 1]));
      const racing = await Promise.all(
        [0, 1].map(() =>
          manager('/bookings', {
            method: 'POST',
            json: stay(hotel.units.a3, '2025-08-01', '2025-08-02', [1]),
          }),
        ),
      );
      assert.deepEqual(racing.map((r) => r.status).sort(), [201, 409]);
    });

    it('business rules are field-named 400s', async () => {
      const { a1 } = hotel.units;
      const cases: [unknown, [string, string][]][] = [
        [stay(a1, '2025-09-01', '2025-09-03', [1]), [['accommodations.0.rates', 'invalid_value']]],
        [
          stay(a1, '2025-09-03', '2025-09-03', [1]),
          [['accommodations.0.checkOut', 'out_of_range']],
        ],
        [
          stay(a1, '2025-09-01', '2025-09-03', [1, 1], { departedOn: '2025-09-03' }),
          [['accommodations.0.departedOn', 'out_of_range']],
        ],
        [
          stay('00000000-0000-4000-8000-000000000000', '2025-09-01', '2025-09-02', [1]),
          [['accommodations.0.unitId', 'invalid_value']],
        ],
        [
          stay(a1, '2025-09-01', '2025-09-02', [1], { status: 'cancelled' }),
          [['status', 'invalid_value']],
        ],
        [
          { ...stay(a1, '2025-09-01', '2025-09-02', [-1]) },
          [['accommodations.0.rates.0.amount', 'out_of_range']],
        ],
        // two centuries of nights against one rate: refused by the count, nights never listed
        [stay(a1, '1900-01-01', '2099-12-31', [1]), [['accommodations.0.rates', 'invalid_value']]],
        // the contract's dates are years 1900–2099
        [
          stay(a1, '0000-03-01', '0000-03-02', [1]),
          [
            ['accommodations.0.checkIn', 'invalid_format'],
            ['accommodations.0.checkOut', 'invalid_format'],
            ['accommodations.0.rates.0.date', 'invalid_format'],
          ],
        ],
      ];
      for (const [body, errors] of cases) {
        const problem = await problemOf(await manager('/bookings', { method: 'POST', json: body }));
        assert.equal(problem.code, 'validation_failed');
        assert.deepEqual(
          problem.errors?.map((e) => [e.field, e.code]),
          errors,
          JSON.stringify(body),
        );
      }
      const bad = await manager('/bookings?cursor=garbage');
      assert.deepEqual(
        (await problemOf(bad)).errors?.map((e) => e.field),
        ['cursor'],
      );
      const owner = await hotel.as('owner');
      const yearZero = await owner('/owner/bookings?from=0000-01-01');
      assert.equal(yearZero.status, 400);
      assert.deepEqual(
        (await problemOf(yearZero)).errors?.map((e) => [e.field, e.code]),
        [['from', 'invalid_format']],
      );
    });

    it('lists newest first with filters and cursor pagination', async () => {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const query: string = cursor ? `&cursor=${cursor}` : '';
        const page = (await (await manager(`/bookings?limit=2${query}`)).json()) as {
          items: Booking[];
          nextCursor: string | null;
        };
        seen.push(...page.items.map((b) => b.number));
        cursor = page.nextCursor;
      } while (cursor);
      assert.equal(seen.length, 7, 'every booking once, across pages of two');
      assert.deepEqual(seen, [...seen].sort().reverse(), 'numbers grow with creation');
      const filtered = (await (
        await manager(`/bookings?unitId=${hotel.units.a3}&from=2025-07-01&to=2025-07-01`)
      ).json()) as {
        items: Booking[];
      };
      assert.equal(filtered.items.length, 1);
      const unknownUnit = await manager('/bookings?unitId=00000000-0000-4000-8000-000000000000');
      assert.equal(unknownUnit.status, 404);
    });

    it('owners read their units’ stays without personal data; nobody else gets in', async () => {
      const owner = await hotel.as('owner');
      const response = await owner('/owner/bookings?limit=100');
      const text = await response.text();
      assert.equal(response.status, 200);
      for (const secret of [
        'Maria',
        'maria@example.ru',
        '555-01-23',
        'Ivan Guestov',
        'Балтийские',
      ]) {
        assert.ok(!text.includes(secret), `no ${secret} for the owner`);
      }
      const { items } = JSON.parse(text) as {
        items: { unitNumber: string; penalty: number; nights: number }[];
      };
      assert.ok(items.length >= 4);
      assert.ok(items.every((s) => ['A1', 'A2'].includes(s.unitNumber)));
      assert.ok(
        items.some((s) => s.penalty === 100_000 && s.nights === 0),
        'OWN-6 the hotel’s penalty',
      );

      const other = await hotel.as('otherOwner');
      assert.equal((await other(`/owner/bookings?unitId=${hotel.units.a1}`)).status, 404);
      const mine = (await (await other('/owner/bookings')).json()) as {
        items: { unitNumber: string }[];
      };
      assert.ok(mine.items.length > 0 && mine.items.every((s) => s.unitNumber === 'A3'));
      assert.equal((await problemOf(await manager('/owner/bookings'))).code, 'forbidden');

      const anyBooking = ((await (await manager('/bookings')).json()) as { items: Booking[] })
        .items[0];
      assert.ok(anyBooking);
      for (const who of ['owner', 'accountant'] as const) {
        const someone = await hotel.as(who);
        const attempts: Promise<Response>[] = [
          someone('/bookings'),
          someone(`/bookings/${anyBooking.id}`),
          someone('/bookings', {
            method: 'POST',
            json: stay(hotel.units.a1, '2025-10-01', '2025-10-02', [1]),
          }),
          someone(`/bookings/${anyBooking.id}`, { method: 'PATCH', json: { status: 'changed' } }),
          someone(`/bookings/${anyBooking.id}/cancellation`, {
            method: 'POST',
            json: { penalty: 0 },
          }),
        ];
        for (const answer of await Promise.all(attempts)) {
          assert.equal((await problemOf(answer)).code, 'forbidden');
        }
      }
      // Another tenant's staff: the booking is not there.
      const katarzyna = await server().client('lesna-5').auth.signIn({
        email: 'katarzyna@lesna5.example',
        password: 'Zarzad-2026!',
      });
      const elsewhere = await server().fetch(`/t/lesna-5/bookings/${anyBooking.id}`, {
        headers: { authorization: `Bearer ${katarzyna.accessToken}` },
      });
      assert.equal(elsewhere.status, 404);
      const anna = await server()
        .client('lesna-5')
        .auth.signIn({ email: 'anna@lesna5.example', password: 'Lesna5-Haslo!' });
      const crossUnit = await server().fetch(`/t/lesna-5/owner/bookings?unitId=${hotel.units.a1}`, {
        headers: { authorization: `Bearer ${anna.accessToken}` },
      });
      assert.equal(crossUnit.status, 404);
    });

    if (engine.name === 'postgres') {
      it('OWN-3 a booking is not held up by an open statistics snapshot of its unit', async () => {
        const { database } = server();
        assert.ok('url' in database);
        // The snapshot's transaction: a day row of A1 written, not committed yet.
        const snapshot = new pg.Client({ connectionString: database.url });
        await snapshot.connect();
        try {
          await snapshot.query('BEGIN');
          await snapshot.query(
            `INSERT INTO stats_daily (tenant_id, unit_id, day, night_sold, accommodation_revenue,
                                      extras_revenue, penalty_revenue)
             VALUES ($1, $2, '2025-10-01', 0, 0, 0, 0)`,
            [hotel.tenantId, hotel.units.a1],
          );
          const response = await manager('/bookings', {
            method: 'POST',
            json: stay(hotel.units.a1, '2025-10-05', '2025-10-06', [1]),
            signal: AbortSignal.timeout(5_000),
          });
          assert.equal(response.status, 201);
        } finally {
          await snapshot.query('ROLLBACK');
          await snapshot.end();
        }
      });
    }
  });
}

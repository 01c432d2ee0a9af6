// Statistics figures (OWN-3): an owner's monthly figures read from the snapshot against the
// same computed from raw bookings (the reference SQL), with 1,000,000 bookings in 2,000 units,
// and the snapshot job's time for one day of the whole dataset. On a fresh PostgreSQL database
// when TEST_DATABASE_URL names a server, else on PGlite in memory.
import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { migrate } from '../packages/server/dist/db/migrate.js';
import { openPool } from '../packages/server/dist/db/pool.js';
import { scopes } from '../packages/server/dist/db/scope.js';
import { daysFrom, monthsBefore, lastDayOfMonth } from '../packages/server/dist/stats/dates.js';
import { ownerStats } from '../packages/server/dist/stats/figures.js';
import { rawOwnerStats } from '../packages/server/dist/stats/raw.js';
import { withPostgres } from './server.mjs';
import { snapshotDay, snapshotDays } from '../packages/server/dist/stats/snapshot.js';

const units = 2_000;
const slots = 500; // bookings per unit, one every second day: 1,000 days of stays
const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function timed(run, times = 5) {
  const ms = [];
  for (let i = 0; i < times; i += 1) {
    const t = performance.now();
    await run();
    ms.push(performance.now() - t);
  }
  return Math.round(median(ms) * 100) / 100;
}

/** One tenant, 2,000 units and 1,000,000 one- or two-night bookings, all in SQL. */
async function generate(pool, start) {
  const sql = (text, values) => pool.query(text, values);
  const { rows } = await sql(
    `INSERT INTO tenants (slug, name, default_locale, currency) VALUES ('bench', 'Bench', 'en', 'RUB')
     RETURNING id`,
  );
  const tenant = rows[0].id;
  await sql(
    `WITH g AS (INSERT INTO property_groups (tenant_id, name) VALUES ($1, 'G') RETURNING id),
          p AS (INSERT INTO properties (tenant_id, name, type, legal_entity, address, total_area)
                VALUES ($1, 'P', 'apart_hotel', 'L', 'A', 100000) RETURNING id)
     INSERT INTO units (id, tenant_id, property_id, number, area)
     SELECT md5('unit' || u)::uuid, $1, p.id, lpad(u::text, 4, '0'), 30 FROM p, generate_series(0, $2 - 1) u`,
    [tenant, units],
  );
  // Booking g is slot k of unit u: arrival start + 2k, one or two nights; 10 % cancelled,
  // of which half with the hotel's penalty and a fifth with the operator's.
  await sql(
    `INSERT INTO bookings (id, tenant_id, number, status, customer_name, cancelled_at, penalty,
                           penalty_charged_by, created_at)
     SELECT md5('b' || g)::uuid, $1, 'BK-' || g, s.status, 'Guest ' || g,
            CASE WHEN s.status LIKE 'cancelled%' THEN now() END,
            CASE WHEN s.status = 'cancelled_with_penalty' THEN 500000 ELSE 0 END,
            CASE WHEN s.status = 'cancelled_with_penalty' THEN s.payer END,
            now() - make_interval(secs => g)
       FROM generate_series(0, $2 - 1) g
      CROSS JOIN LATERAL (SELECT abs(hashtext('s' || g)) % 100 AS dice) d
      CROSS JOIN LATERAL (SELECT CASE
               WHEN d.dice < 7 THEN 'cancelled_with_penalty' WHEN d.dice < 10 THEN 'cancelled'
               ELSE 'completed' END AS status,
             CASE WHEN d.dice < 5 THEN 'hotel' ELSE 'operator' END AS payer) s`,
    [tenant, units * slots],
  );
  await sql(
    `INSERT INTO booking_accommodations (id, tenant_id, booking_id, position, unit_id, check_in, check_out, guests)
     SELECT md5('a' || g)::uuid, $1, md5('b' || g)::uuid, 0, md5('unit' || (g % $3))::uuid,
            $4::date + (g / $3) * 2, $4::date + (g / $3) * 2 + 1 + (g / 7) % 2, '[]'::jsonb
       FROM generate_series(0, $2 - 1) g`,
    [tenant, units * slots, units, start],
  );
  await sql(
    `INSERT INTO booking_night_rates (tenant_id, accommodation_id, night, amount)
     SELECT $1, a.id, n::date, 400000 + (abs(hashtext(a.id::text || n::text)) % 300000)
       FROM booking_accommodations a, generate_series(a.check_in, a.check_out - 1, interval '1 day') n
      WHERE a.tenant_id = $1`,
    [tenant],
  );
  await sql(
    `INSERT INTO booking_extras (tenant_id, booking_id, position, kind, title, service_date, amount)
     SELECT $1, a.booking_id, 0, 'transfer', 'Transfer', a.check_in, 250000
       FROM booking_accommodations a WHERE a.tenant_id = $1 AND hashtext(a.id::text) % 10 = 0`,
    [tenant],
  );
  await sql('ANALYZE');
  return tenant;
}

async function measureOn(database) {
  const pool = await openPool(database);
  try {
    await migrate(pool.pool);
    const db = scopes(pool.pool);
    const today = new Date().toISOString().slice(0, 10);
    const lastMonth = monthsBefore(today.slice(0, 7), 1);
    const from = monthsBefore(lastMonth, 23);
    const start = `${monthsBefore(from, 8)}-01`;
    const tenantId = await generate(pool.pool, start);
    await snapshotDays(db, tenantId, daysFrom(`${from}-01`, lastDayOfMonth(lastMonth)));
    const unitIds = (
      await pool.pool.query('SELECT id FROM units WHERE tenant_id = $1 ORDER BY number LIMIT 20', [
        tenantId,
      ])
    ).rows.map((r) => r.id);
    const query = (ids) => ({ tenantId, unitIds: ids, from, to: lastMonth });
    const read = (fn, ids) => () => db.withTenant(tenantId, (sql) => fn(sql, query(ids)));
    const one = unitIds.slice(0, 1);
    // The times compare two ways to the same answer: check it is the same before timing them.
    for (const ids of [one, unitIds]) {
      const snapshot = await read(ownerStats, ids)();
      const raw = await read(rawOwnerStats, ids)();
      assert.equal(snapshot.months.length, 24, 'the snapshot holds all 24 months');
      assert.deepEqual(raw, { months: snapshot.months, totals: snapshot.totals });
    }
    const figures = {
      'stats.raw.one_unit_24m.ms': await timed(read(rawOwnerStats, one)),
      'stats.snapshot.one_unit_24m.ms': await timed(read(ownerStats, one)),
      'stats.raw.owner_20_units_24m.ms': await timed(read(rawOwnerStats, unitIds)),
      'stats.snapshot.owner_20_units_24m.ms': await timed(read(ownerStats, unitIds)),
      'stats.snapshot_job.one_day.ms': await timed(
        () => snapshotDay(db, tenantId, `${lastMonth}-15`),
        3,
      ),
    };
    figures['stats.snapshot_speedup'] =
      Math.round(
        (figures['stats.raw.owner_20_units_24m.ms'] /
          figures['stats.snapshot.owner_20_units_24m.ms']) *
          10,
      ) / 10;
    return figures;
  } finally {
    await pool.close();
  }
}

export async function measureStats() {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) return measureOn({ memory: true });
  return withPostgres(adminUrl, measureOn);
}

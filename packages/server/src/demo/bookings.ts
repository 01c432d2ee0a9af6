import type { Scopes, Sql } from '../db/scope.js';
import { addDays, daysBetween, daysFrom, monthsBefore } from '../stats/dates.js';
import { localToday } from '../stats/local-time.js';
import { lastDueDay } from '../stats/due-day.js';
import { snapshotDays } from '../stats/snapshot.js';

// Two years of an apart-hotel's bookings for the demo owner cabinet, the same on every
// start: a seeded generator, seasons and weekends in the rates, extras inside and outside
// stays, cancellations with the hotel's or the operator's penalty, stays cut short.

/** mulberry32: a small seeded PRNG, so the demo is the same on every machine. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
    chance: (p: number) => next() < p,
    uuid: () => {
      const hex = Array.from({ length: 32 }, () => Math.floor(next() * 16).toString(16));
      hex[12] = '4';
      hex[16] = '89ab'[Math.floor(next() * 4)] ?? '8';
      const h = hex.join('');
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
    },
  };
}

// St Petersburg: white nights in June and July, New Year, a quiet February and November.
const season = [0.75, 0.6, 0.7, 0.8, 0.95, 1.25, 1.35, 1.2, 0.95, 0.85, 0.7, 1.05];
const people = [
  'Анна Кузнецова',
  'Дмитрий Попов',
  'Елена Волкова',
  'Сергей Лебедев',
  'Ольга Морозова',
  'Алексей Новиков',
  'Мария Фёдорова',
  'Игорь Соловьёв',
  'Наталья Павлова',
  'Андрей Семёнов',
];
const companies = ['ООО «Балтийские поездки»', 'АО «Северный маршрут»', 'ООО «Невские каникулы»'];

interface Generated {
  bookings: unknown[];
  stays: unknown[];
  rates: unknown[];
  extras: unknown[];
}

/** Bookings of each unit from `start` to `end`, stay after stay with gaps between. */
function generate(
  units: { id: string; number: string }[],
  start: string,
  today: string,
  end: string,
): Generated {
  const r = prng(20_260_101);
  const rows: Generated = { bookings: [], stays: [], rates: [], extras: [] };
  units.forEach((unit, u) => {
    const base = 450_000 + u * 85_000; // kopecks per night: 4 500 ₽ and up by unit
    let day = addDays(start, r.int(0, 3));
    while (day < end) {
      const month = Number(day.slice(5, 7)) - 1;
      const busy = season[month] ?? 1;
      const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
      const nights = weekday === 5 ? r.int(2, 3) : r.int(1, 6);
      const checkOut = addDays(day, nights);
      const past = checkOut <= today;
      const cancelled = r.chance(0.07);
      const id = r.uuid();
      const stayId = r.uuid();
      const penaltyBy = cancelled && r.chance(0.6) ? r.pick(['hotel', 'operator'] as const) : null;
      const ratesOf = Array.from({ length: nights }, (_, n) => {
        const night = addDays(day, n);
        const dow = new Date(`${night}T00:00:00Z`).getUTCDay();
        const weekend = dow === 5 || dow === 6 ? 1.2 : 1;
        const rate = Math.round((base * busy * weekend * (0.9 + r.next() * 0.2)) / 10_000) * 10_000;
        return { night, amount: rate };
      });
      const departed =
        !cancelled && past && nights >= 3 && r.chance(0.04)
          ? addDays(day, r.int(1, nights - 1))
          : null;
      const createdAt = `${addDays(day, -r.int(1, 45))}T${String(r.int(8, 21)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}:00+03:00`;
      rows.bookings.push({
        id,
        status: cancelled
          ? penaltyBy
            ? 'cancelled_with_penalty'
            : 'cancelled'
          : past
            ? 'completed'
            : r.pick(['booked', 'confirmed_to_client', 'accepted'] as const),
        customer_name: r.chance(0.3) ? r.pick(companies) : r.pick(people),
        penalty: penaltyBy ? (ratesOf[0]?.amount ?? 0) : 0,
        penalty_charged_by: penaltyBy,
        cancelled_at: cancelled ? createdAt.replace(/T.*/, 'T12:00:00+03:00') : null,
        created_at: createdAt,
      });
      const guests = Array.from({ length: r.int(1, 3) }, (_, g) => ({
        fullName: r.pick(people),
        type: g === 2 ? 'child' : 'adult',
      }));
      rows.stays.push({
        id: stayId,
        booking_id: id,
        unit_id: unit.id,
        check_in: day,
        check_out: checkOut,
        departed_on: departed,
        guests,
      });
      for (const rate of ratesOf) rows.rates.push({ accommodation_id: stayId, ...rate });
      const extra = (kind: string, title: string, date: string, amount: number) =>
        rows.extras.push({
          booking_id: id,
          position: rows.extras.length,
          kind,
          title,
          service_date: date,
          amount,
        });
      if (r.chance(0.3)) extra('transfer', 'Трансфер из Пулково', day, 250_000);
      if (r.chance(0.12)) extra('other', 'Поздний выезд', checkOut, 150_000);
      // dated after the stay: not the owner's revenue (OWN-4)
      if (r.chance(0.05)) extra('other', 'Экскурсия по каналам', addDays(checkOut, 2), 320_000);
      // busier months leave shorter gaps between stays
      day = addDays(checkOut, r.int(0, busy > 1.1 ? 1 : busy > 0.8 ? 2 : 3));
    }
  });
  return rows;
}

async function insertAll(sql: Sql, tenantId: string, rows: Generated) {
  await sql.query(
    `INSERT INTO bookings (id, tenant_id, number, status, customer_name, penalty, penalty_charged_by,
                           cancelled_at, created_at, updated_at)
     SELECT b.id, $1, t.booking_prefix || '-' || extract(year FROM b.created_at AT TIME ZONE t.time_zone)
              || '-' || lpad(row_number() OVER (PARTITION BY extract(year FROM b.created_at AT TIME ZONE t.time_zone)
                                                ORDER BY b.created_at, b.id)::text, 6, '0'),
            b.status, b.customer_name, b.penalty, b.penalty_charged_by, b.cancelled_at, b.created_at,
            coalesce(b.cancelled_at, b.created_at)
       FROM jsonb_to_recordset($2::jsonb) AS b(id uuid, status text, customer_name text, penalty bigint,
              penalty_charged_by text, cancelled_at timestamptz, created_at timestamptz)
      CROSS JOIN tenants t WHERE t.id = $1`,
    [tenantId, JSON.stringify(rows.bookings)],
  );
  await sql.query(
    `INSERT INTO booking_counters (tenant_id, year, last_number)
     SELECT $1, split_part(number, '-', 2)::int, max(split_part(number, '-', 3)::int)
       FROM bookings WHERE tenant_id = $1 GROUP BY 2`,
    [tenantId],
  );
  await sql.query(
    `INSERT INTO booking_accommodations (id, tenant_id, booking_id, position, unit_id, check_in,
                                         check_out, departed_on, guests)
     SELECT s.id, $1, s.booking_id, 0, s.unit_id, s.check_in, s.check_out, s.departed_on, s.guests
       FROM jsonb_to_recordset($2::jsonb) AS s(id uuid, booking_id uuid, unit_id uuid, check_in date,
              check_out date, departed_on date, guests jsonb)`,
    [tenantId, JSON.stringify(rows.stays)],
  );
  await sql.query(
    `INSERT INTO booking_night_rates (tenant_id, accommodation_id, night, amount)
     SELECT $1, r.accommodation_id, r.night, r.amount
       FROM jsonb_to_recordset($2::jsonb) AS r(accommodation_id uuid, night date, amount bigint)`,
    [tenantId, JSON.stringify(rows.rates)],
  );
  await sql.query(
    `INSERT INTO booking_extras (tenant_id, booking_id, position, kind, title, service_date, amount)
     SELECT $1, e.booking_id, e.position, e.kind, e.title, e.service_date, e.amount
       FROM jsonb_to_recordset($2::jsonb) AS e(booking_id uuid, position int, kind text, title text,
              service_date date, amount bigint)`,
    [tenantId, JSON.stringify(rows.extras)],
  );
}

/**
 * Seeds the demo hotel's bookings, from the first day of the month two years back to six
 * weeks ahead, once (an advisory lock keeps two nodes from doing it twice), then takes the
 * snapshot of every past day so the owner cabinet shows figures at once (OWN-3).
 */
export async function seedDemoBookings(db: Scopes, slug: string) {
  const seeded = await db.withSystem(async (sql) => {
    await sql.query("SELECT pg_advisory_xact_lock(hashtext('atrium.demo.bookings'))");
    const { rows } = await sql.query<{
      id: string;
      time_zone: string;
      snapshot_time: string;
      has_bookings: boolean;
    }>(
      `SELECT id, time_zone, stats_snapshot_time::text AS snapshot_time,
              EXISTS (SELECT 1 FROM bookings b WHERE b.tenant_id = t.id) AS has_bookings
         FROM tenants t WHERE slug = $1`,
      [slug],
    );
    const tenant = rows[0];
    if (!tenant || tenant.has_bookings) return null;
    const units = await sql.query<{ id: string; number: string }>(
      'SELECT id, number FROM units WHERE tenant_id = $1 ORDER BY number',
      [tenant.id],
    );
    const today = await localToday(sql, tenant.id);
    // 25 months back: two full years are complete even on the 1st before the snapshot time.
    const start = `${monthsBefore(today.slice(0, 7), 25)}-01`;
    await insertAll(sql, tenant.id, generate(units.rows, start, today, addDays(today, 42)));
    // Only the days the scheduler would have done by now (before the snapshot time, not yesterday).
    const last = lastDueDay(new Date(), tenant.time_zone, tenant.snapshot_time);
    return { tenantId: tenant.id, start, last };
  });
  if (!seeded || daysBetween(seeded.start, seeded.last) < 0) return;
  await snapshotDays(db, seeded.tenantId, daysFrom(seeded.start, seeded.last), {
    onlyMissing: true,
  });
}

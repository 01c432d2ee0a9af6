import type { Scopes, Sql } from '../db/scope.js';
import { lastDayOfMonth, monthOf } from './dates.js';
import { dailyFactsSql } from './facts.js';

export interface SnapshotResult {
  /** Days recomputed (those another run had done meanwhile are not, with onlyMissing). */
  days: number;
  /** Months (YYYY-MM) whose figures were computed or recomputed. */
  months: string[];
}

// Short queries on a few thousand rows: compiling them (PostgreSQL's JIT) costs more than it saves.
export const noJit = 'SET LOCAL jit = off';

// Advisory lock keys: one space per tenant, a day or a month inside it.
const dayLock = `pg_advisory_xact_lock(hashtext('atrium.stats.day:' || $1), d - date '2000-01-01')`;
const monthLock = `pg_advisory_xact_lock(hashtext('atrium.stats.month:' || $1),
  (extract(year FROM m) * 12 + extract(month FROM m))::int)`;

/**
 * Recomputes the snapshot of some days of one month, in one transaction: every unit of the
 * tenant gets its row for each day (OWN-3), the days are marked done, and each month whose
 * days are all done is rolled up again from its days. Each day is locked first, so several
 * nodes compute a day one at a time; with onlyMissing a day another node did meanwhile is
 * skipped, otherwise recomputed (after a correction), with the same result each time.
 */
async function snapshotChunk(sql: Sql, tenantId: string, days: string[], onlyMissing: boolean) {
  await sql.query(noJit);
  await sql.query(
    `SELECT ${dayLock} FROM (SELECT d FROM unnest($2::date[]) d ORDER BY d) ordered`,
    [tenantId, days],
  );
  let todo = days;
  if (onlyMissing) {
    const done = await sql.query<{ day: string }>(
      'SELECT day::text AS day FROM stats_snapshot_days WHERE tenant_id = $1 AND day = ANY($2::date[])',
      [tenantId, days],
    );
    const doneDays = new Set(done.rows.map((r) => r.day));
    todo = days.filter((day) => !doneDays.has(day));
  }
  if (!todo.length) return { days: 0, months: [] };
  const first = todo[0];
  const last = todo.at(-1);
  await sql.query(
    `INSERT INTO stats_daily (tenant_id, unit_id, day, night_sold, accommodation_revenue,
                              extras_revenue, penalty_revenue)
     SELECT $1, u.id, d.day, coalesce(f.night_sold, 0), coalesce(f.accommodation_revenue, 0),
            coalesce(f.extras_revenue, 0), coalesce(f.penalty_revenue, 0)
       FROM units u
      CROSS JOIN unnest($5::date[]) AS d(day)
       LEFT JOIN (${dailyFactsSql}) f ON f.unit_id = u.id AND f.day = d.day
      WHERE u.tenant_id = $1
     ON CONFLICT (unit_id, day) DO UPDATE SET
       night_sold = excluded.night_sold,
       accommodation_revenue = excluded.accommodation_revenue,
       extras_revenue = excluded.extras_revenue,
       penalty_revenue = excluded.penalty_revenue`,
    [tenantId, first, last, null, todo],
  );
  await sql.query(
    `INSERT INTO stats_snapshot_days (tenant_id, day) SELECT $1, unnest($2::date[])
     ON CONFLICT (tenant_id, day) DO UPDATE SET computed_at = clock_timestamp()`,
    [tenantId, todo],
  );
  const months = [...new Set(todo.map(monthOf))];
  return { days: todo.length, months: await rollUpMonths(sql, tenantId, months) };
}

/**
 * Sums the days of each given month (YYYY-MM) whose every day has been snapshotted into its
 * monthly row per unit; a month missing any day stays absent (OWN-2), so a catch-up that
 * starts mid-month never shows a month built from part of its days.
 */
async function rollUpMonths(sql: Sql, tenantId: string, months: string[]): Promise<string[]> {
  const starts = months.map((month) => `${month}-01`);
  await sql.query(
    `SELECT ${monthLock} FROM (SELECT m FROM unnest($2::date[]) m ORDER BY m) ordered`,
    [tenantId, starts],
  );
  const { rows } = await sql.query<{ month: string }>(
    `WITH complete AS (
       SELECT m.month FROM unnest($2::date[]) AS m(month)
        WHERE (SELECT count(*) FROM stats_snapshot_days s
                WHERE s.tenant_id = $1 AND s.day >= m.month
                  AND s.day < (m.month + interval '1 month')::date)
            = (m.month + interval '1 month')::date - m.month
     ), sums AS (
       -- summed per unit before joining the units: one pass over the month's days
       SELECT unit_id, date_trunc('month', day)::date AS month, sum(night_sold) AS nights_sold,
              sum(accommodation_revenue) AS accommodation_revenue,
              sum(extras_revenue) AS extras_revenue, sum(penalty_revenue) AS penalty_revenue
         FROM stats_daily WHERE tenant_id = $1 AND day BETWEEN $3::date AND $4::date
        GROUP BY 1, 2
     )
     INSERT INTO stats_monthly (tenant_id, unit_id, month, nights_available, nights_sold,
                                accommodation_revenue, extras_revenue, penalty_revenue)
     SELECT $1, u.id, c.month, (c.month + interval '1 month')::date - c.month,
            coalesce(s.nights_sold, 0), coalesce(s.accommodation_revenue, 0),
            coalesce(s.extras_revenue, 0), coalesce(s.penalty_revenue, 0)
       FROM units u
      CROSS JOIN complete c
       LEFT JOIN sums s ON s.unit_id = u.id AND s.month = c.month
      WHERE u.tenant_id = $1
     ON CONFLICT (unit_id, month) DO UPDATE SET
       nights_available = excluded.nights_available,
       nights_sold = excluded.nights_sold,
       accommodation_revenue = excluded.accommodation_revenue,
       extras_revenue = excluded.extras_revenue,
       penalty_revenue = excluded.penalty_revenue
     RETURNING to_char(month, 'YYYY-MM') AS month`,
    [tenantId, starts, starts[0], lastDayOfMonth(months.at(-1) ?? '')],
  );
  return [...new Set(rows.map((r) => r.month))].sort();
}

/**
 * Snapshots the given days of a tenant (any order, any span), one transaction per month so
 * a long catch-up never holds one huge transaction.
 */
export async function snapshotDays(
  db: Scopes,
  tenantId: string,
  days: string[],
  options: { onlyMissing?: boolean } = {},
): Promise<SnapshotResult> {
  const byMonth = new Map<string, string[]>();
  for (const day of [...new Set(days)].sort()) {
    byMonth.set(monthOf(day), [...(byMonth.get(monthOf(day)) ?? []), day]);
  }
  const result: SnapshotResult = { days: 0, months: [] };
  for (const chunk of byMonth.values()) {
    const done = await db.withTenant(tenantId, (sql) =>
      snapshotChunk(sql, tenantId, chunk, options.onlyMissing ?? false),
    );
    result.days += done.days;
    result.months.push(...done.months);
  }
  return result;
}

/** Recomputes one day of a tenant (and its month, when all its days are done). */
export const snapshotDay = (db: Scopes, tenantId: string, day: string) =>
  snapshotDays(db, tenantId, [day]);

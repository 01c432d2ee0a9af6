import type { Sql } from '../db/scope.js';
import { addSums, figuresOf, sumsOf, zeroSums, type SumsRow } from './arithmetic.js';
import { lastDayOfMonth } from './dates.js';
import { dailyFactsSql } from './facts.js';
import type { OwnerStatsResult } from './figures.js';
import { noJit } from './snapshot.js';

/**
 * The same monthly figures as ownerStats, computed from raw bookings on the fly: the
 * reference the snapshot is checked against, and what the snapshot saves an owner's request
 * (bench/stats.mjs). Every month of the range counts, complete or not.
 */
export async function rawOwnerStats(
  sql: Sql,
  q: { tenantId: string; unitIds: string[]; from: string; to: string },
): Promise<Omit<OwnerStatsResult, 'lastCompletedMonth'>> {
  await sql.query(noJit);
  const { rows } = await sql.query<SumsRow & { month: string }>(
    `WITH months AS (
       SELECT m::date AS month
         FROM generate_series($2::date, $3::date, interval '1 month') m
     ), facts AS (${dailyFactsSql})
     SELECT to_char(months.month, 'YYYY-MM') AS month,
            (((months.month + interval '1 month')::date - months.month) * cardinality($4::uuid[]))::text
              AS nights_available,
            coalesce(sum(f.night_sold), 0)::text AS nights_sold,
            coalesce(sum(f.accommodation_revenue), 0)::text AS accommodation_revenue,
            coalesce(sum(f.extras_revenue), 0)::text AS extras_revenue,
            coalesce(sum(f.penalty_revenue), 0)::text AS penalty_revenue
       FROM months
       LEFT JOIN facts f ON f.day >= months.month AND f.day < months.month + interval '1 month'
      GROUP BY months.month ORDER BY months.month`,
    [q.tenantId, `${q.from}-01`, lastDayOfMonth(q.to), q.unitIds],
  );
  const sums = rows.map((row) => ({ month: row.month, sums: sumsOf(row) }));
  return {
    months: sums.map(({ month, sums: s }) => ({ month, figures: figuresOf(s) })),
    totals: figuresOf(sums.reduce((total, m) => addSums(total, m.sums), zeroSums())),
  };
}

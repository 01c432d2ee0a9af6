import type { components } from '@atrium/sdk';
import type { Sql } from '../db/scope.js';
import {
  addSums,
  figuresOf,
  sumsOf,
  zeroSums,
  type StatsFigures,
  type SumsRow,
} from './arithmetic.js';

export type { StatsFigures } from './arithmetic.js';
export type MonthStats = components['schemas']['MonthStats'];

/** What owners see of some units over months: each completed month, and their totals. */
export interface OwnerStatsResult {
  months: MonthStats[];
  totals: StatsFigures;
  /** The newest month of these units with figures, whatever the range asked. */
  lastCompletedMonth: string | null;
}

/**
 * Monthly figures of units summed, `from`..`to` (YYYY-MM) inclusive, read from the snapshot
 * only (OWN-3): a month is there once the snapshot of every day of it has run (OWN-2). The
 * widget and the monthly statements both come from here, so they always agree.
 */
export async function ownerStats(
  sql: Sql,
  q: { tenantId: string; unitIds: string[]; from: string; to: string },
): Promise<OwnerStatsResult> {
  const { rows } = await sql.query<SumsRow & { month: string }>(
    `SELECT to_char(month, 'YYYY-MM') AS month,
            sum(nights_available)::text AS nights_available, sum(nights_sold)::text AS nights_sold,
            sum(accommodation_revenue)::text AS accommodation_revenue,
            sum(extras_revenue)::text AS extras_revenue, sum(penalty_revenue)::text AS penalty_revenue
       FROM stats_monthly
      WHERE tenant_id = $1 AND unit_id = ANY($2::uuid[])
        AND month BETWEEN ($3 || '-01')::date AND ($4 || '-01')::date
      GROUP BY month ORDER BY month`,
    [q.tenantId, q.unitIds, q.from, q.to],
  );
  const last = await sql.query<{ month: string | null }>(
    `SELECT to_char(max(month), 'YYYY-MM') AS month FROM stats_monthly
      WHERE tenant_id = $1 AND unit_id = ANY($2::uuid[])`,
    [q.tenantId, q.unitIds],
  );
  const sums = rows.map((row) => ({ month: row.month, sums: sumsOf(row) }));
  return {
    months: sums.map(({ month, sums: s }) => ({ month, figures: figuresOf(s) })),
    totals: figuresOf(sums.reduce((total, m) => addSums(total, m.sums), zeroSums())),
    lastCompletedMonth: last.rows[0]?.month ?? null,
  };
}

/** Every completed month (OWN-2) of each unit, newest first: what statements exist for. */
export async function completedMonths(
  sql: Sql,
  q: { tenantId: string; unitIds: string[] },
): Promise<{ unitId: string; month: string }[]> {
  const { rows } = await sql.query<{ unitId: string; month: string }>(
    `SELECT unit_id AS "unitId", to_char(month, 'YYYY-MM') AS month FROM stats_monthly
      WHERE tenant_id = $1 AND unit_id = ANY($2::uuid[])
      ORDER BY stats_monthly.month DESC, unit_id`,
    [q.tenantId, q.unitIds],
  );
  return rows;
}

import type { FastifyBaseLogger } from 'fastify';
import type { Scopes } from '../db/scope.js';
import { periodic, type JobOptions } from '../jobs/periodic.js';
import { lastDueDay } from './due-day.js';
import { snapshotDays } from './snapshot.js';

const pollMs = 60_000;
/** The furthest back a catch-up goes, like a manual run (runStatsSnapshot). */
export const maxSnapshotDays = 800;

/**
 * The days each tenant still lacks at `now`: every day up to its last due day (lastDueDay),
 * from its first stay or its creation, whichever is earlier, and at most maxSnapshotDays back
 * (OWN-3).
 */
async function missingDays(db: Scopes, now: Date) {
  return db.withSystem(async (sql) => {
    const tenants = await sql.query<{ id: string; time_zone: string; snapshot_time: string }>(
      'SELECT id, time_zone, stats_snapshot_time::text AS snapshot_time FROM tenants',
    );
    const due = tenants.rows.map((t) => ({
      tenant_id: t.id,
      last: lastDueDay(now, t.time_zone, t.snapshot_time),
    }));
    const { rows } = await sql.query<{ tenant_id: string; days: string[] }>(
      `SELECT t.id AS tenant_id, array_agg(d.day::date::text ORDER BY d.day) AS days
         FROM jsonb_to_recordset($2::jsonb) AS target(tenant_id uuid, last date)
         JOIN tenants t ON t.id = target.tenant_id
        CROSS JOIN LATERAL generate_series(
          greatest(target.last - ($1::int - 1),
                   least((t.created_at AT TIME ZONE t.time_zone)::date,
                         (SELECT min(a.check_in) FROM booking_accommodations a WHERE a.tenant_id = t.id))),
          target.last, interval '1 day') AS d(day)
        WHERE NOT EXISTS (SELECT 1 FROM stats_snapshot_days s
                           WHERE s.tenant_id = t.id AND s.day = d.day::date)
        GROUP BY t.id`,
      [maxSnapshotDays, JSON.stringify(due)],
    );
    return rows;
  });
}

/**
 * The daily snapshot job on this node. Every node may run it: a day is locked while it is
 * computed and skipped once marked done, so each day is computed once (snapshot.ts).
 */
export function startSnapshotScheduler(
  deps: {
    db: Scopes;
    log: FastifyBaseLogger;
    now?: () => Date;
  } & JobOptions,
) {
  const now = deps.now ?? (() => new Date());
  async function pass(stopped: () => boolean) {
    for (const { tenant_id: tenantId, days } of await missingDays(deps.db, now())) {
      if (stopped()) return;
      // One tenant's failure is logged and retried next pass; the others still get theirs.
      try {
        const done = await snapshotDays(deps.db, tenantId, days, { onlyMissing: true });
        if (done.days) deps.log.info({ tenant: tenantId, ...done }, 'statistics snapshot taken');
      } catch (error) {
        deps.log.error({ err: error, tenant: tenantId }, 'statistics snapshot failed');
      }
    }
  }

  return periodic(pass, {
    pollMs: deps.pollMs ?? pollMs,
    log: deps.log,
    failure: 'statistics snapshot failed',
  });
}

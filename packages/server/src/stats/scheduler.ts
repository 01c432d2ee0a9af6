import type { FastifyBaseLogger } from 'fastify';
import type { Scopes } from '../db/scope.js';
import { snapshotDays } from './snapshot.js';

const pollMs = 60_000;
/** The furthest back a catch-up goes, like a manual run (runStatsSnapshot). */
export const maxSnapshotDays = 800;

/**
 * The days each tenant still lacks: every day up to yesterday in the tenant's time zone once
 * its snapshot time has passed today (before it, up to the day before), from its first stay
 * or its creation, whichever is earlier, and at most maxSnapshotDays back (OWN-3).
 */
async function missingDays(db: Scopes) {
  return db.withSystem(async (sql) => {
    const { rows } = await sql.query<{ tenant_id: string; days: string[] }>(
      `SELECT t.id AS tenant_id, array_agg(due.day::date::text ORDER BY due.day) AS days
         FROM tenants t
        CROSS JOIN LATERAL (SELECT now() AT TIME ZONE t.time_zone AS local) l
        CROSS JOIN LATERAL (
          SELECT l.local::date - CASE WHEN l.local::time >= t.stats_snapshot_time THEN 1 ELSE 2 END AS last
        ) target
        CROSS JOIN LATERAL generate_series(
          greatest(target.last - ($1::int - 1),
                   least((t.created_at AT TIME ZONE t.time_zone)::date,
                         (SELECT min(a.check_in) FROM booking_accommodations a WHERE a.tenant_id = t.id))),
          target.last, interval '1 day') AS due(day)
        WHERE NOT EXISTS (SELECT 1 FROM stats_snapshot_days s
                           WHERE s.tenant_id = t.id AND s.day = due.day::date)
        GROUP BY t.id`,
      [maxSnapshotDays],
    );
    return rows;
  });
}

/**
 * The daily snapshot job on this node. Every node may run it: a day is locked while it is
 * computed and skipped once marked done, so each day is computed once (snapshot.ts).
 */
export function startSnapshotScheduler(deps: { db: Scopes; log: FastifyBaseLogger }) {
  let running: Promise<void> | null = null;
  let stopped = false;

  async function pass() {
    for (const { tenant_id: tenantId, days } of await missingDays(deps.db)) {
      if (stopped) return;
      const done = await snapshotDays(deps.db, tenantId, days, { onlyMissing: true });
      if (done.days) deps.log.info({ tenant: tenantId, ...done }, 'statistics snapshot taken');
    }
  }

  function wake() {
    if (stopped || running) return;
    running = pass()
      .catch((error) => deps.log.error({ err: error }, 'statistics snapshot failed'))
      .finally(() => {
        running = null;
      });
  }

  const timer = setInterval(wake, pollMs);
  timer.unref();
  return {
    wake,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}

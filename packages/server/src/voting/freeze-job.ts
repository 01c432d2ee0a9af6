import type { FastifyBaseLogger } from 'fastify';
import type { Scopes } from '../db/scope.js';
import { periodic, type JobOptions } from '../jobs/periodic.js';
import { freezeResults } from './freeze.js';

const pollMs = 60_000;

/**
 * Freezes every meeting whose window has closed, each in its tenant's own transaction. One
 * that fails is logged and left for the next run; the others are frozen all the same.
 */
export async function freezeClosedMeetings(
  db: Scopes,
  log: { error(details: object, message: string): void },
  stopped: () => boolean = () => false,
): Promise<number> {
  const due = await db.withSystem(async (sql) => {
    const { rows } = await sql.query<{ tenantId: string; meetingId: string }>(
      `SELECT tenant_id AS "tenantId", id AS "meetingId" FROM meetings
        WHERE results_frozen_at IS NULL AND closes_at <= clock_timestamp()
        ORDER BY closes_at, id`,
    );
    return rows;
  });
  let frozen = 0;
  for (const meeting of due) {
    if (stopped()) break;
    try {
      if (await db.withTenant(meeting.tenantId, (sql) => freezeResults(sql, meeting))) frozen++;
    } catch (err) {
      log.error({ err, meetingId: meeting.meetingId }, 'freezing meeting results failed');
    }
  }
  return frozen;
}

/** The freezing job on this node; any number of nodes may run it at once. */
export function startResultFreezing(deps: { db: Scopes; log: FastifyBaseLogger } & JobOptions) {
  return periodic(
    async (stopped) => {
      const frozen = await freezeClosedMeetings(deps.db, deps.log, stopped);
      if (frozen) deps.log.info({ frozen }, 'meeting results frozen');
    },
    { pollMs: deps.pollMs ?? pollMs, log: deps.log, failure: 'freezing meeting results failed' },
  );
}

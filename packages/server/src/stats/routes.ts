import type { FastifyInstance } from 'fastify';
import type { components, paths } from '@atrium/sdk';
import { authOf } from '../auth/authenticate.js';
import { ownedUnits, requireManager } from '../bookings/access.js';
import { routeSchema } from '../contract/route-schema.js';
import { invalidInput, type FieldIssue } from '../errors/problem.js';
import { tenantOf } from '../tenancy/index.js';
import { daysBetween, daysFrom, monthsBefore } from './dates.js';
import { completedMonths, ownerStats } from './figures.js';
import { localToday } from './local-time.js';
import { maxSnapshotDays } from './scheduler.js';
import { snapshotDays } from './snapshot.js';

type StatsQuery = NonNullable<paths['/owner/stats']['get']['parameters']['query']>;
type SnapshotRange = components['schemas']['SnapshotRange'];
type OwnerStats = components['schemas']['OwnerStats'];
type SnapshotResult = components['schemas']['SnapshotResult'];

/** A range runStatsSnapshot may recompute: in order, at most 800 days, all before today. */
function rangeIssues(range: SnapshotRange, today: string): FieldIssue[] {
  if (range.to < range.from) return [{ field: 'to', code: 'out_of_range' }];
  const issues: FieldIssue[] = [];
  if (daysBetween(range.from, range.to) + 1 > maxSnapshotDays) {
    issues.push({ field: 'to', code: 'out_of_range', params: { limit: maxSnapshotDays } });
  }
  if (range.to >= today) issues.push({ field: 'to', code: 'out_of_range' });
  return issues;
}

/** An owner's monthly statistics (OWN-1..4, OWN-6) and the manager's snapshot re-run. */
export async function statsRoutes(app: FastifyInstance) {
  app.get<{ Querystring: StatsQuery }>(
    '/owner/stats',
    { schema: routeSchema('getOwnerStats'), preHandler: app.authenticate },
    async (request): Promise<OwnerStats> => {
      const tenant = tenantOf(request);
      const { unitId, from, to } = request.query;
      if (from && to && to < from) throw invalidInput([{ field: 'to', code: 'out_of_range' }]);
      return app.db.withTenant(tenant.id, async (sql) => {
        const units = await ownedUnits(sql, {
          tenantId: tenant.id,
          personId: authOf(request).personId,
          unitId,
        });
        const unitIds = units.map((u) => u.id);
        // Without a range: the last 12 completed months (OWN-2).
        const newest =
          to ?? (await completedMonths(sql, { tenantId: tenant.id, unitIds }))[0]?.month;
        const last = newest ?? monthsBefore((await localToday(sql, tenant.id)).slice(0, 7), 1);
        const stats = await ownerStats(sql, {
          tenantId: tenant.id,
          unitIds,
          from: from ?? monthsBefore(last, 11),
          to: last,
        });
        return {
          currency: tenant.currency,
          unitId: unitId ?? null,
          units: unitIds.length,
          ...stats,
        };
      });
    },
  );

  app.post<{ Body: SnapshotRange }>(
    '/stats/snapshots',
    { schema: routeSchema('runStatsSnapshot'), preHandler: app.authenticate },
    async (request): Promise<SnapshotResult> => {
      const tenant = tenantOf(request);
      const today = await app.db.withTenant(tenant.id, async (sql) => {
        await requireManager(sql, tenant.id, authOf(request).personId);
        return localToday(sql, tenant.id);
      });
      const issues = rangeIssues(request.body, today);
      if (issues.length) throw invalidInput(issues);
      // Day by day in transactions of one month each, not one long transaction.
      return snapshotDays(app.db, tenant.id, daysFrom(request.body.from, request.body.to));
    },
  );
}

import type { FastifyInstance } from 'fastify';
import type { components, paths } from '@atrium/sdk';
import { completedMonths } from '../../stats/figures.js';
import { routeSchema } from '../../contract/route-schema.js';
import { unitExists } from '../../directory/units.js';
import { forbidden, notFound } from '../../errors/problem.js';
import { paged } from '../../pagination/page.js';
import { tenantOf } from '../../tenancy/index.js';
import { viewerOf } from '../access.js';
import { compareKeys, decodeCursor, encodeCursor, keyOf } from '../order.js';
import { listAgentReports } from '../repository.js';
import { statementEntry } from '../statement/entry.js';

type Query = NonNullable<paths['/reports']['get']['parameters']['query']>;

/**
 * GET /reports (OWN-5): an owner's agent reports and a statement per completed month of
 * each unit they own; staff see every agent report. Newest month first.
 */
export async function listRoute(app: FastifyInstance) {
  // The contract's default fills in limit before the handler runs.
  app.get<{ Querystring: Query & Required<Pick<Query, 'limit'>> }>(
    '/reports',
    { schema: routeSchema('listReports'), preHandler: app.authenticate },
    async (request): Promise<components['schemas']['ReportPage']> => {
      const tenantId = tenantOf(request).id;
      const { unitId, limit } = request.query;
      const after = decodeCursor(request.query.cursor);
      return app.db.withTenant(tenantId, async (sql) => {
        const viewer = await viewerOf(sql, request);
        if (!viewer.staffRole && !viewer.units.length) throw forbidden();
        if (unitId !== undefined) {
          const visible = viewer.staffRole
            ? await unitExists(sql, tenantId, unitId)
            : viewer.units.some((unit) => unit.id === unitId);
          if (!visible) throw notFound();
        }
        const agentReports = await listAgentReports(sql, {
          tenantId,
          ownerId: viewer.staffRole ? null : viewer.personId,
          unitId,
          after,
          limit: limit + 1,
        });
        const units = viewer.units.filter((unit) => unitId === undefined || unit.id === unitId);
        const months = units.length
          ? await completedMonths(sql, { tenantId, unitIds: units.map((unit) => unit.id) })
          : [];
        const statements = months.flatMap(({ unitId: id, month }) => {
          const unit = units.find((u) => u.id === id);
          return unit ? [statementEntry(unit, month)] : [];
        });
        const merged = [...agentReports, ...statements]
          .filter((report) => !after || compareKeys(keyOf(report), after) > 0)
          .sort((a, b) => compareKeys(keyOf(a), keyOf(b)));
        const page = paged(merged, limit, (report) => report, keyOf);
        return { items: page.items, nextCursor: page.next && encodeCursor(page.next) };
      });
    },
  );
}

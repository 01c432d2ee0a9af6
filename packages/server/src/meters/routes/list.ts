import type { FastifyInstance } from 'fastify';
import type { components, paths } from '@atrium/sdk';
import { routeSchema } from '../../contract/route-schema.js';
import { unitExists } from '../../directory/units.js';
import { notFound } from '../../errors/problem.js';
import { decodeIdCursor, encodeIdCursor } from '../../pagination/cursor.js';
import { viewerOf } from '../../people/viewer.js';
import { tenantOf } from '../../tenancy/index.js';
import { keepsMeters, requireMeterAccess } from '../access.js';
import { listMeters } from '../meter-rows.js';
import { meterSettings } from '../settings.js';
import { currentWindow } from '../window.js';

type Query = NonNullable<paths['/meters']['get']['parameters']['query']>;

/**
 * GET /meters (MTR-1): the meters of the units a person owns or lives in, every meter of
 * the tenant for staff; each with its base and this window's reading, and the window.
 */
export async function listRoute(app: FastifyInstance) {
  // The contract's default fills in limit before the handler runs.
  app.get<{ Querystring: Query & Required<Pick<Query, 'limit'>> }>(
    '/meters',
    { schema: routeSchema('listMeters'), preHandler: app.authenticate },
    async (request): Promise<components['schemas']['MeterPage']> => {
      const tenantId = tenantOf(request).id;
      const { unitId, limit } = request.query;
      const after = decodeIdCursor(request.query.cursor);
      return app.db.withTenant(tenantId, async (sql) => {
        const viewer = await viewerOf(sql, request);
        requireMeterAccess(viewer);
        if (unitId !== undefined) {
          const visible = keepsMeters(viewer)
            ? await unitExists(sql, tenantId, unitId)
            : viewer.unitIds.includes(unitId);
          if (!visible) throw notFound();
        }
        const settings = await meterSettings(sql, tenantId);
        const window = currentWindow(settings.today, settings.window);
        const page = await listMeters(sql, {
          tenantId,
          period: window.month,
          today: settings.today,
          unitIds: unitId !== undefined ? [unitId] : keepsMeters(viewer) ? null : viewer.unitIds,
          after,
          limit,
        });
        return { items: page.items, nextCursor: page.next && encodeIdCursor(page.next), window };
      });
    },
  );
}

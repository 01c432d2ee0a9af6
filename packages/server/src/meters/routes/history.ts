import type { FastifyInstance } from 'fastify';
import type { components, paths } from '@atrium/sdk';
import { routeSchema } from '../../contract/route-schema.js';
import {
  decodeCursor,
  encodeCursor,
  invalidCursor,
  isCursorTimestamp,
} from '../../pagination/cursor.js';
import { viewerOf } from '../../people/viewer.js';
import { tenantOf } from '../../tenancy/index.js';
import { requireMeterAccess, requireVisible } from '../access.js';
import { meterFacts } from '../meter-facts.js';
import { historyPage, isReadingOf } from '../reading-rows.js';

type Parameters = paths['/meters/{meterId}/readings']['get']['parameters'];
type Query = NonNullable<Parameters['query']>;

/**
 * GET /meters/:meterId/readings (MTR-2): the meter's readings newest first, with the
 * consumption of each current one; superseded readings stay listed.
 */
export async function historyRoute(app: FastifyInstance) {
  // The contract's default fills in limit before the handler runs.
  app.get<{ Params: Parameters['path']; Querystring: Query & Required<Pick<Query, 'limit'>> }>(
    '/meters/:meterId/readings',
    { schema: routeSchema('listMeterReadings'), preHandler: app.authenticate },
    async (request): Promise<components['schemas']['MeterReadingPage']> => {
      const tenantId = tenantOf(request).id;
      const { meterId } = request.params;
      const after = decodeCursor(request.query.cursor, isCursorTimestamp);
      const page = await app.db.withTenant(tenantId, async (sql) => {
        const viewer = await viewerOf(sql, request);
        requireMeterAccess(viewer);
        const meters = await meterFacts(sql, { tenantId, ids: [meterId], lock: false });
        requireVisible(viewer, meters.get(meterId));
        if (after && !(await isReadingOf(sql, { tenantId, meterId, readingId: after.id }))) {
          throw invalidCursor();
        }
        return historyPage(sql, { tenantId, meterId, after, limit: request.query.limit });
      });
      return { items: page.items, nextCursor: page.next && encodeCursor(page.next) };
    },
  );
}

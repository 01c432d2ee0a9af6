import type { FastifyInstance } from 'fastify';
import type { paths } from '@atrium/sdk';
import { routeSchema } from '../../contract/route-schema.js';
import { attachment } from '../../reports/disposition.js';
import { viewerOf } from '../../people/viewer.js';
import { tenantOf } from '../../tenancy/index.js';
import { requireMeterAccess, requireVisible } from '../access.js';
import { meterFacts } from '../meter-facts.js';
import { readingsCsv } from '../csv.js';
import { wholeHistory } from '../reading-rows.js';

type Parameters = paths['/meters/{meterId}/readings/export']['get']['parameters'];

/**
 * GET /meters/:meterId/readings/export (MTR-2): the whole history as CSV, oldest first,
 * headed in the language asked for, else the person's own.
 */
export async function exportRoute(app: FastifyInstance) {
  app.get<{ Params: Parameters['path']; Querystring: NonNullable<Parameters['query']> }>(
    '/meters/:meterId/readings/export',
    { schema: routeSchema('exportMeterReadings'), preHandler: app.authenticate },
    async (request, reply) => {
      const tenantId = tenantOf(request).id;
      const { meterId } = request.params;
      const file = await app.db.withTenant(tenantId, async (sql) => {
        const viewer = await viewerOf(sql, request);
        requireMeterAccess(viewer);
        const meter = (await meterFacts(sql, { tenantId, ids: [meterId], lock: false })).get(
          meterId,
        );
        requireVisible(viewer, meter);
        const readings = await wholeHistory(sql, tenantId, meterId);
        return {
          name: `meter-${meter.serialNumber}-readings.csv`,
          text: readingsCsv(readings, request.query.locale ?? viewer.locale),
        };
      });
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', attachment(file.name))
        .header('cache-control', 'private, no-store')
        .send(file.text);
    },
  );
}

import type { FastifyInstance } from 'fastify';
import { routeSchema } from '../../contract/route-schema.js';
import { viewerOf } from '../../people/viewer.js';
import { tenantOf } from '../../tenancy/index.js';
import { readingsByIds } from '../reading-rows.js';
import { meterSettings } from '../settings.js';
import { refuseDuplicates, submitReadings } from '../submit.js';
import type { ReadingSubmission } from '../types.js';

/**
 * POST /meters/readings (MTR-1): an owner or resident sends this window's readings of the
 * unit's meters, checked and stored all together or refused all together.
 */
export async function submitRoute(app: FastifyInstance) {
  app.post<{ Body: ReadingSubmission }>(
    '/meters/readings',
    { schema: routeSchema('submitMeterReadings'), preHandler: app.authenticate },
    async (request, reply) => {
      const tenantId = tenantOf(request).id;
      const { readings } = request.body;
      refuseDuplicates(readings);
      const stored = await app.db.withTenant(tenantId, async (sql) => {
        const viewer = await viewerOf(sql, request);
        const settings = await meterSettings(sql, tenantId);
        const ids = await submitReadings(sql, { tenantId, viewer, settings, readings });
        return readingsByIds(sql, tenantId, ids);
      });
      return reply.code(201).send({ readings: stored });
    },
  );
}

import type { FastifyInstance } from 'fastify';
import { routeSchema } from '../../contract/route-schema.js';
import { tenantOf } from '../../tenancy/index.js';
import { requireMeterKeeper, viewerOf } from '../access.js';
import { createMeter } from '../install.js';
import { findMeter } from '../meter-rows.js';
import { meterSettings } from '../settings.js';
import type { MeterInput } from '../types.js';
import { currentWindow } from '../window.js';

/** POST /meters (MTR-1): a manager or director installs a meter in a unit. */
export async function createRoute(app: FastifyInstance) {
  app.post<{ Body: MeterInput }>(
    '/meters',
    { schema: routeSchema('createMeter'), preHandler: app.authenticate },
    async (request, reply) => {
      const tenantId = tenantOf(request).id;
      const meter = await app.db.withTenant(tenantId, async (sql) => {
        const viewer = await viewerOf(sql, request);
        requireMeterKeeper(viewer);
        const { today, window } = await meterSettings(sql, tenantId);
        const meterId = await createMeter(sql, {
          tenantId,
          personId: viewer.personId,
          today,
          input: request.body,
        });
        return findMeter(sql, {
          tenantId,
          meterId,
          today,
          period: currentWindow(today, window).month,
        });
      });
      return reply.code(201).send(meter);
    },
  );
}

import type { FastifyInstance } from 'fastify';
import { routeSchema } from '../../contract/route-schema.js';
import { tenantOf } from '../../tenancy/index.js';
import { requireMeterKeeper, viewerOf } from '../access.js';
import { replaceMeter } from '../install.js';
import { findMeter } from '../meter-rows.js';
import { meterSettings } from '../settings.js';
import type { Meter, MeterReplacementInput } from '../types.js';
import { currentWindow } from '../window.js';

/**
 * POST /meters/:meterId/replacement (MTR-1): a manager or director records a new device in
 * the meter's place; its initial value becomes the base of the next reading.
 */
export async function replacementRoute(app: FastifyInstance) {
  app.post<{ Params: { meterId: string }; Body: MeterReplacementInput }>(
    '/meters/:meterId/replacement',
    { schema: routeSchema('recordMeterReplacement'), preHandler: app.authenticate },
    async (request): Promise<Meter> => {
      const tenantId = tenantOf(request).id;
      const { meterId } = request.params;
      return app.db.withTenant(tenantId, async (sql) => {
        const viewer = await viewerOf(sql, request);
        requireMeterKeeper(viewer);
        const { today, window } = await meterSettings(sql, tenantId);
        await replaceMeter(sql, {
          tenantId,
          personId: viewer.personId,
          today,
          meterId,
          input: request.body,
        });
        return findMeter(sql, {
          tenantId,
          meterId,
          today,
          period: currentWindow(today, window).month,
        });
      });
    },
  );
}

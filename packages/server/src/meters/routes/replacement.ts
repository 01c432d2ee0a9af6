import type { FastifyInstance } from 'fastify';
import { routeSchema } from '../../contract/route-schema.js';
import { replaceMeter } from '../install.js';
import { keepMeter } from '../keeper.js';
import type { Meter, MeterReplacementInput } from '../types.js';

/**
 * POST /meters/:meterId/replacement (MTR-1): a manager or director records a new device in
 * the meter's place; its initial value becomes the base of the next reading.
 */
export async function replacementRoute(app: FastifyInstance) {
  app.post<{ Params: { meterId: string }; Body: MeterReplacementInput }>(
    '/meters/:meterId/replacement',
    { schema: routeSchema('recordMeterReplacement'), preHandler: app.authenticate },
    async (request): Promise<Meter> => {
      const { meterId } = request.params;
      return keepMeter(app, request, async (sql, keeping) => {
        await replaceMeter(sql, { ...keeping, meterId, input: request.body });
        return meterId;
      });
    },
  );
}

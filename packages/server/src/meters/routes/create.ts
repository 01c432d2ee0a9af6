import type { FastifyInstance } from 'fastify';
import { routeSchema } from '../../contract/route-schema.js';
import { createMeter } from '../install.js';
import { keepMeter } from '../keeper.js';
import type { MeterInput } from '../types.js';
import { onceUnderKey } from '../../idempotency/once.js';

/** POST /meters (MTR-1): a manager or director installs a meter in a unit. */
export async function createRoute(app: FastifyInstance) {
  app.post<{ Body: MeterInput }>(
    '/meters',
    { schema: routeSchema('createMeter'), preHandler: app.authenticate },
    async (request, reply) => {
      const meter = await keepMeter(app, request, (sql, keeping) =>
        onceUnderKey(sql, request, () => createMeter(sql, { ...keeping, input: request.body })),
      );
      return reply.code(201).send(meter);
    },
  );
}

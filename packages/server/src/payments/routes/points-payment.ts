import type { FastifyInstance } from 'fastify';
import { routeSchema } from '../../contract/route-schema.js';
import { asViewer } from '../../people/viewer.js';
import { startPointsPayment } from '../points/open.js';
import { payWithPoints } from '../points/pay.js';
import type { PointsPaymentInput } from '../types.js';

/**
 * POST /accounts/:accountId/points-payments (FIN-5, FIN-6): pays with loyalty points, debited
 * and booked together or not at all (see payWithPoints). The Idempotency-Key is the payment's
 * request key: a retry after a failure carries the same payment on, never makes a second.
 */
export async function pointsPaymentRoute(app: FastifyInstance) {
  app.post<{
    Params: { accountId: string };
    Body: PointsPaymentInput;
    Headers: { 'idempotency-key': string };
  }>(
    '/accounts/:accountId/points-payments',
    { schema: routeSchema('createPointsPayment'), preHandler: app.authenticate },
    async (request, reply) => {
      const { accountId } = request.params;
      const start = await asViewer(app, request, (sql, viewer, tenantId) =>
        startPointsPayment(sql, {
          viewer,
          ask: {
            ...request.body,
            tenantId,
            personId: viewer.personId,
            accountId,
            key: request.headers['idempotency-key'],
          },
        }),
      );
      const deps = { db: app.db, loyalty: app.paymentProviders.loyalty, log: request.log };
      return reply.code(201).send(await payWithPoints(deps, start));
    },
  );
}

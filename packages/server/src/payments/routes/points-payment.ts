import type { FastifyInstance } from 'fastify';
import { routeSchema } from '../../contract/route-schema.js';
import { asViewer } from '../../people/viewer.js';
import { countCardLookup } from '../points/card.js';
import { startPointsPayment } from '../points/open.js';
import { payWithPoints } from '../points/pay.js';
import { requireConfigured } from '../providers/unconfigured.js';
import type { PointsPaymentInput } from '../types.js';

/**
 * POST /accounts/:accountId/points-payments (FIN-5, FIN-6): pays with loyalty points, debited
 * and booked together or not at all (see payWithPoints). The Idempotency-Key is the payment's
 * request key: a retry after a failure carries the same payment on, never makes a second. A
 * new payment looks its card up, which is counted (429 past the limit).
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
      const { loyalty } = app.paymentProviders;
      requireConfigured(loyalty);
      const { accountId } = request.params;
      const start = await asViewer(app, request, async (sql, viewer, tenantId) => {
        const { personId } = viewer;
        const started = await startPointsPayment(sql, {
          viewer,
          ask: {
            ...request.body,
            tenantId,
            personId,
            accountId,
            key: request.headers['idempotency-key'],
          },
        });
        if (started.kind === 'new') {
          await countCardLookup(sql, { tenantId, personId, address: request.ip });
        }
        return started;
      });
      const deps = { db: app.db, loyalty, log: request.log };
      return reply.code(201).send(await payWithPoints(deps, start));
    },
  );
}

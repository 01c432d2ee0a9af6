import type { FastifyInstance } from 'fastify';
import { routeSchema } from '../../contract/route-schema.js';
import { notFound } from '../../errors/problem.js';
import { asViewer } from '../../people/viewer.js';
import { tenantOf } from '../../tenancy/index.js';
import { paymentSeen, unitsSeenBy } from '../access.js';
import { refreshFromProvider } from '../online/refresh.js';
import { findOnlinePayment } from '../online/rows.js';
import { findPayment } from '../payment-row.js';
import { ProviderRefused, ProviderUnavailable } from '../providers/types.js';
import type { Payment } from '../types.js';

/**
 * GET /payments/:paymentId (FIN-2): a payment, seen by the people of its account's unit and
 * by staff (404 for anyone else). A pending online payment is first asked after at the
 * provider, so a person back from its page sees the outcome even before the provider's
 * notice; a provider that does not answer (or refuses to) leaves the payment as we have it,
 * and one whose provider had another payment than ours is left to staff.
 */
export async function paymentRoute(app: FastifyInstance) {
  app.get<{ Params: { paymentId: string } }>(
    '/payments/:paymentId',
    { schema: routeSchema('getPayment'), preHandler: app.authenticate },
    async (request): Promise<Payment> => {
      const { paymentId } = request.params;
      const { id: tenantId, currency } = tenantOf(request);
      const provider = app.paymentProviders.payments;
      const online = await asViewer(app, request, async (sql, viewer) => {
        const unitIds = unitsSeenBy(viewer);
        if (!(await paymentSeen(sql, { tenantId, paymentId, unitIds }))) throw notFound();
        return findOnlinePayment(sql, { tenantId, paymentId, provider: provider.name });
      });
      if (online?.status === 'pending' && online.providerRef !== null && !online.mismatch) {
        const payment = { ...online, providerRef: online.providerRef };
        try {
          const deps = { db: app.db, provider, log: request.log };
          await refreshFromProvider(deps, { tenantId, currency, payment });
        } catch (error) {
          if (!(error instanceof ProviderUnavailable || error instanceof ProviderRefused)) {
            throw error;
          }
          request.log.warn({ err: error, paymentId }, 'the payment provider did not tell');
        }
      }
      const payment = await app.db.withTenant(tenantId, (sql) =>
        findPayment(sql, { tenantId, paymentId }),
      );
      if (!payment) throw notFound();
      return payment;
    },
  );
}

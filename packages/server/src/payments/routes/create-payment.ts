import type { FastifyInstance } from 'fastify';
import { routeSchema } from '../../contract/route-schema.js';
import { requestLocale } from '../../errors/handler.js';
import { asViewer } from '../../people/viewer.js';
import { tenantOf } from '../../tenancy/index.js';
import { openOnlinePayment } from '../online/open.js';
import { returnUrlAllowed } from '../online/return-url.js';
import { startOnlinePayment } from '../online/start.js';
import { requireConfigured } from '../providers/unconfigured.js';
import type { PaymentInput } from '../types.js';

/**
 * POST /accounts/:accountId/payments (FIN-2): records the payment, opens it at the provider
 * and answers with the provider's page to send the person to. The Idempotency-Key is the
 * payment's request key: a retry after a failure carries the same payment on. Without a
 * provider configured it is 503 before anything is recorded.
 */
export async function createPaymentRoute(app: FastifyInstance, options: { corsOrigins: string[] }) {
  app.post<{
    Params: { accountId: string };
    Body: PaymentInput;
    Headers: { 'idempotency-key': string };
  }>(
    '/accounts/:accountId/payments',
    { schema: routeSchema('createPayment'), preHandler: app.authenticate },
    async (request, reply) => {
      const tenant = tenantOf(request);
      const provider = app.paymentProviders.payments;
      requireConfigured(provider);
      const { publicUrl } = app.site;
      if (!publicUrl) throw new Error('the server has no public address for provider notices');
      const notifyUrl = new URL(`/t/${tenant.slug}/payment-events/${provider.name}`, publicUrl)
        .href;
      const returnAllowed = returnUrlAllowed(request.body.returnUrl, {
        tenant,
        publicUrl,
        corsOrigins: options.corsOrigins,
        maxLength: provider.maxReturnUrlLength,
      });
      const paymentId = await asViewer(app, request, (sql, viewer, tenantId) =>
        openOnlinePayment(sql, {
          viewer,
          ask: {
            ...request.body,
            tenantId,
            personId: viewer.personId,
            accountId: request.params.accountId,
            key: request.headers['idempotency-key'],
          },
          currency: tenant.currency,
          provider: provider.name,
          returnAllowed,
        }),
      );
      const payment = await startOnlinePayment(
        { db: app.db, provider, log: request.log, notifyUrl },
        {
          tenantId: tenant.id,
          tenantName: tenant.name,
          currency: tenant.currency,
          paymentId,
          locale: requestLocale(request),
        },
      );
      return reply.code(201).send(payment);
    },
  );
}

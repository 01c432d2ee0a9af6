import type { FastifyInstance, FastifyRequest } from 'fastify';
import { routeSchema } from '../../contract/route-schema.js';
import { isUuid } from '../../contract/uuid.js';
import { ApiProblem, notFound } from '../../errors/problem.js';
import { tenantOf } from '../../tenancy/index.js';
import { applyProviderPayment } from '../online/outcome.js';
import { findOnlinePayment } from '../online/rows.js';

// The body exactly as it came: the signature is over these bytes, not over a re-serialisation.
const rawBodies = new WeakMap<FastifyRequest, string>();

/**
 * POST /payment-events/:provider (FIN-2): the provider's signed notice of a payment's outcome.
 * A bad or stale signature is 400 invalid_signature and changes nothing. In one transaction:
 * the event is recorded by its id (a replay finds it and is answered 204 again, booking
 * nothing), and the payment, which must be this tenant's (else 404, nothing recorded), is
 * settled as the provider says.
 */
export async function paymentEventsRoute(app: FastifyInstance) {
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const raw = String(body);
    try {
      const parsed = JSON.parse(raw) as unknown;
      rawBodies.set(request, raw);
      done(null, parsed);
    } catch {
      done(new ApiProblem(400, 'validation_failed', { detail: 'malformedBody' }));
    }
  });

  app.post<{ Params: { provider: string } }>(
    '/payment-events/:provider',
    { schema: routeSchema('receivePaymentEvent') },
    async (request, reply) => {
      const provider = app.paymentProviders.payments;
      if (request.params.provider !== provider.name) throw notFound();
      const event = provider.verifyEvent(rawBodies.get(request) ?? '', request.headers);
      if (!event) throw new ApiProblem(400, 'invalid_signature');
      const { id: tenantId, currency } = tenantOf(request);
      const paymentId = event.payment.reference;
      await app.db.withTenant(tenantId, async (sql) => {
        const payment = isUuid(paymentId)
          ? await findOnlinePayment(sql, { tenantId, paymentId, provider: provider.name })
          : null;
        if (!payment) throw notFound();
        const { rowCount } = await sql.query(
          `INSERT INTO payment_events (tenant_id, provider, event_id, type, payment_id)
           VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
          [tenantId, provider.name, event.id, event.type, paymentId],
        );
        if (rowCount === 0) return;
        const said = event.payment;
        const applied = await applyProviderPayment(sql, { tenantId, currency, payment, said });
        if (applied === 'mismatch') {
          request.log.error({ paymentId, said }, 'the provider notified another payment than ours');
        }
      });
      return reply.code(204).send();
    },
  );
}

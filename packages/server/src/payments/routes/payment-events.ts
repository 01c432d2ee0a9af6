import type { FastifyInstance, FastifyRequest } from 'fastify';
import { routeSchema } from '../../contract/route-schema.js';
import { ApiProblem, invalidInput, notFound } from '../../errors/problem.js';
import { tenantOf } from '../../tenancy/index.js';
import { handleProviderEvent } from '../online/events.js';

// The body's bytes exactly as they came: the signature is over them, not over a decoding.
const rawBodies = new WeakMap<FastifyRequest, Buffer>();

/**
 * POST /payment-events/:provider (FIN-2): the provider's signed notice of a payment's outcome.
 * A bad or stale signature is 400 invalid_signature and changes nothing; a signed body that is
 * not the provider's event is 400 validation_failed naming the field. In one transaction the
 * event is recorded and its payment settled (see handleProviderEvent): a replay is answered
 * 204 again and books nothing; a payment not this tenant's is 404.
 */
export async function paymentEventsRoute(app: FastifyInstance) {
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    const raw = body as Buffer;
    try {
      const parsed = JSON.parse(raw.toString('utf8')) as unknown;
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
      const checked = provider.verifyEvent(
        rawBodies.get(request) ?? Buffer.alloc(0),
        request.headers,
      );
      if (checked.kind === 'forged') throw new ApiProblem(400, 'invalid_signature');
      if (checked.kind === 'malformed') {
        throw invalidInput([{ field: checked.field, code: 'invalid_value' }]);
      }
      const { id: tenantId, currency } = tenantOf(request);
      await app.db.withTenant(tenantId, (sql) =>
        handleProviderEvent(
          sql,
          { tenantId, currency, provider: provider.name, event: checked.event },
          request.log,
        ),
      );
      return reply.code(204).send();
    },
  );
}

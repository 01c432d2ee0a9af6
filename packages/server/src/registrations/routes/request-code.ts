import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { RegistrationCodeRequest, RegistrationCodeSent } from '@atrium/sdk';
import { countAttempt } from '../../auth/rate-limit.js';
import { jsonBodyLimit } from '../../contract/body-limit.js';
import { routeSchema } from '../../contract/route-schema.js';
import { requestLocale } from '../../errors/handler.js';
import { ApiProblem, invalidInput } from '../../errors/problem.js';
import { ProviderRefused, ProviderUnavailable, unconfiguredSms } from '../../sms/provider.js';
import { tenantOf } from '../../tenancy/index.js';
import { codeSeconds, newCode, storeCode } from '../codes.js';
import { codeSms } from '../notices.js';

/** Seconds a person is told to wait before asking again when no SMS could be sent. */
const retryAfter = 10;
const smsUnavailable = () =>
  new ApiProblem(503, 'provider_unavailable', {
    detail: 'smsUnavailable',
    params: { seconds: retryAfter },
    retryAfter,
  });

/**
 * POST /registration-codes (DIR-5): sends a one-time code to any phone, known or not, so the
 * answer says nothing of who is in the directory. The code is stored and sent in one
 * transaction: a gateway that fails leaves nothing behind (no code, no attempt counted) and
 * the person is told to try again (503), or, when it refuses the message, that the number is
 * not one an SMS reaches (400 on `phone`); codes asked for at once reach the phone in the order
 * stored, the last one working. The price is a connection held while the gateway answers.
 */
export async function requestCodeRoute(app: FastifyInstance, { secret }: { secret: string }) {
  app.post<{ Body: RegistrationCodeRequest }>(
    '/registration-codes',
    {
      schema: routeSchema('requestRegistrationCode'),
      bodyLimit: jsonBodyLimit('requestRegistrationCode'),
    },
    async (request, reply): Promise<RegistrationCodeSent> => {
      const tenant = tenantOf(request);
      const { phone } = request.body;
      const locale = request.body.locale ?? requestLocale(request);
      const { provider, from } = app.sms;
      // no gateway in production: refused honestly, before anything is counted
      if (provider.name === unconfiguredSms) throw smsUnavailable();
      await app.db.withTenant(tenant.id, async (sql) => {
        const attempt = { tenantId: tenant.id, action: 'registration_code' as const };
        await countAttempt(sql, { ...attempt, account: phone, address: request.ip });
        const code = newCode();
        await storeCode(sql, { secret, tenantId: tenant.id, phone, code });
        try {
          await provider.send(codeSms(tenant, { from, phone, locale, code }), randomUUID());
        } catch (error) {
          if (error instanceof ProviderUnavailable) throw smsUnavailable();
          if (error instanceof ProviderRefused) {
            // a number it cannot reach: asking again is no use. Its status only: the gateway's
            // answer could quote the message, code and all.
            request.log.warn({ status: error.status }, 'the SMS gateway refused a code message');
            throw invalidInput([{ field: 'phone', code: 'invalid_value' }]);
          }
          throw error;
        }
      });
      return reply.code(202).send({ expiresIn: codeSeconds });
    },
  );
}

import type { FastifyInstance } from 'fastify';
import type { RegistrationInput, RegistrationOutcome } from '@atrium/sdk';
import { countAttempt } from '../../auth/rate-limit.js';
import { jsonBodyLimit } from '../../contract/body-limit.js';
import { routeSchema } from '../../contract/route-schema.js';
import { blankIssues, trimmed } from '../../contract/text.js';
import { invalidInput } from '../../errors/problem.js';
import { tenantOf } from '../../tenancy/index.js';
import { spendCode } from '../codes.js';
import { registerProven } from '../register.js';
import type { Registrant } from '../repository.js';

/** What the person typed, as stored: text trimmed, the e-mail in lower case. */
function registrantOf(body: RegistrationInput): Registrant {
  const issues = blankIssues(body);
  if (issues.length) throw invalidInput(issues);
  const { phone, name, email, accountNumber, locale } = trimmed(body);
  return { phone, name, email: email.toLowerCase(), accountNumber: accountNumber ?? null, locale };
}

/**
 * POST /registrations (DIR-5): the code proves the phone, then the person is attached at once
 * or waits for a manager (registerProven). A wrong try is counted and kept even though the
 * answer refuses it; a right code is spent only if the registration is written.
 */
export async function registerRoute(app: FastifyInstance, { secret }: { secret: string }) {
  app.post<{ Body: RegistrationInput }>(
    '/registrations',
    { schema: routeSchema('register'), bodyLimit: jsonBodyLimit('register') },
    async (request, reply) => {
      const tenant = tenantOf(request);
      const registrant = registrantOf(request.body);
      const { phone, code } = request.body;
      const status = await app.db.withTenant(tenant.id, async (sql) => {
        const attempt = { tenantId: tenant.id, action: 'registration' as const };
        await countAttempt(sql, { ...attempt, account: phone, address: request.ip });
        if (!(await spendCode(sql, { secret, tenantId: tenant.id, phone, code }))) return null;
        return registerProven(sql, { tenant, registrant, publicUrl: app.site.publicUrl, secret });
      });
      if (status === null) throw invalidInput([{ field: 'code', code: 'invalid_value' }]);
      app.wakeMailer();
      return reply.code(201).send({ status } satisfies RegistrationOutcome);
    },
  );
}

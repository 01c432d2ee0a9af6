import type { FastifyInstance } from 'fastify';
import type { SignInRequest } from '@atrium/sdk';
import { routeSchema } from '../../contract/route-schema.js';
import { ApiProblem } from '../../errors/problem.js';
import { findPersonByEmail } from '../../people/repository.js';
import { tenantOf } from '../../tenancy/index.js';
import { verifyPassword } from '../passwords.js';
import { clearAttempts, countAttempt, type Attempt } from '../rate-limit.js';
import { startSession } from '../sessions.js';

/** POST /auth/sign-in (AUTH-2): one answer for an unknown e-mail and a wrong password. */
export async function signInRoute(app: FastifyInstance, { secret }: { secret: string }) {
  app.post<{ Body: SignInRequest }>(
    '/auth/sign-in',
    { schema: routeSchema('signIn') },
    async (request) => {
      const tenant = tenantOf(request);
      const attempt: Attempt = {
        tenantId: tenant.id,
        action: 'sign_in',
        account: request.body.email.toLowerCase(),
        address: request.ip,
      };
      // Counted before the password is checked, so parallel guesses all count (AUTH-2).
      const person = await app.db.withTenant(tenant.id, async (sql) => {
        await countAttempt(sql, attempt);
        return findPersonByEmail(sql, tenant.id, attempt.account);
      });
      // Outside any transaction: hashing takes ~60 ms and must not hold a connection.
      const stored = person?.active ? person.passwordHash : null;
      const valid = await verifyPassword(stored, request.body.password);
      if (!valid || !person) throw new ApiProblem(401, 'invalid_credentials');
      return app.db.withTenant(tenant.id, async (sql) => {
        await clearAttempts(sql, attempt);
        return startSession(sql, secret, {
          tenantId: tenant.id,
          personId: person.id,
          userAgent: request.headers['user-agent'] ?? null,
        });
      });
    },
  );
}

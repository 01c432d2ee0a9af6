import type { FastifyInstance } from 'fastify';
import type { EmailConfirmation } from '@atrium/sdk';
import { jsonBodyLimit } from '../../contract/body-limit.js';
import { routeSchema } from '../../contract/route-schema.js';
import { tenantOf } from '../../tenancy/index.js';
import { confirmEmailChange } from '../email-change.js';

/** POST /email-confirmations (FIN-4): no sign-in, as the link may open on another device. */
export async function emailConfirmationRoute(app: FastifyInstance) {
  app.post<{ Body: EmailConfirmation }>(
    '/email-confirmations',
    {
      schema: routeSchema('confirmEmailChange'),
      bodyLimit: jsonBodyLimit('confirmEmailChange'),
    },
    async (request, reply) => {
      const tenantId = tenantOf(request).id;
      await app.db.withTenant(tenantId, (sql) =>
        confirmEmailChange(sql, { tenantId, token: request.body.token }),
      );
      return reply.code(204).send();
    },
  );
}

import type { FastifyInstance } from 'fastify';
import type { components } from '@atrium/sdk';
import { routeSchema } from '../../contract/route-schema.js';
import { ApiProblem } from '../../errors/problem.js';
import { tenantOf } from '../../tenancy/index.js';
import { endSessionOfToken, rotateSession } from '../sessions.js';

type Body = components['schemas']['RefreshRequest'];

/** POST /auth/refresh rotates the pair; POST /auth/sign-out ends the sign-in. */
export async function refreshRoutes(app: FastifyInstance, { secret }: { secret: string }) {
  app.post<{ Body: Body }>(
    '/auth/refresh',
    { schema: routeSchema('refreshSession') },
    async (request) => {
      const tenant = tenantOf(request);
      const rotation = await app.db.withTenant(tenant.id, (sql) =>
        rotateSession(sql, secret, tenant.id, request.body.refreshToken),
      );
      if ('refused' in rotation) {
        if (rotation.refused === 'reused') request.log.warn('refresh token reused; family revoked');
        throw new ApiProblem(401, 'invalid_refresh_token');
      }
      return rotation.session;
    },
  );

  app.post<{ Body: Body }>(
    '/auth/sign-out',
    { schema: routeSchema('signOut') },
    async (request, reply) => {
      const tenant = tenantOf(request);
      await app.db.withTenant(tenant.id, (sql) =>
        endSessionOfToken(sql, tenant.id, request.body.refreshToken),
      );
      return reply.code(204).send();
    },
  );
}

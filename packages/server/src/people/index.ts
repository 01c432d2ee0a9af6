import type { FastifyInstance } from 'fastify';
import { authOf } from '../auth/authenticate.js';
import { routeSchema } from '../contract/route-schema.js';
import { unauthenticated } from '../errors/problem.js';
import { tenantOf } from '../tenancy/index.js';
import { loadMe } from './repository.js';

/** GET /me: the signed-in person, their roles and units (DIR-3). */
export async function people(app: FastifyInstance) {
  app.get(
    '/me',
    { schema: routeSchema('getMe'), preHandler: app.authenticate },
    async (request) => {
      const { personId } = authOf(request);
      const tenant = tenantOf(request);
      const me = await app.db.withTenant(tenant.id, (sql) => loadMe(sql, tenant.id, personId));
      if (!me) throw unauthenticated();
      return me;
    },
  );
}

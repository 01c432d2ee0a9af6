import type { FastifyInstance } from 'fastify';
import { routeSchema } from '../contract/route-schema.js';
import { tenantOf } from '../tenancy/index.js';
import { brandingOf } from '../tenancy/tenant.js';

/** GET /branding: colours, logo, links and password policy, public (ORG-2, ORG-3). */
export async function tenants(app: FastifyInstance) {
  app.get('/branding', { schema: routeSchema('getBranding') }, async (request, reply) => {
    reply.header('cache-control', 'public, max-age=300');
    return brandingOf(tenantOf(request));
  });
}

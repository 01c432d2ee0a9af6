import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { schemaOf } from '../contract/spec.js';
import { ApiProblem } from '../errors/problem.js';
import { corsCheck, preflight } from './cors.js';
import { findTenantBySlug, type Tenant } from './tenant.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The tenant of a `/t/:tenant/...` request, resolved before anything else runs. */
    tenant: Tenant | null;
  }
}

/** The tenant of a request under `/t/:tenant` (set by the tenancy plugin). */
export function tenantOf(request: FastifyRequest): Tenant {
  if (!request.tenant) throw new Error('tenantOf used outside /t/:tenant');
  return request.tenant;
}

// A path segment that cannot be a slug (a NUL byte, say) never reaches the database.
const slugPattern = new RegExp(
  schemaOf<{ properties: { slug: { pattern: string } } }>('Branding').properties.slug.pattern,
);

/**
 * Registered inside the `/t/:tenant` scope: resolves the slug to the tenant (404
 * tenant_not_found otherwise) and applies the tenant's CORS allow-list.
 */
export const tenancy = fp(
  async (app: FastifyInstance, options: { corsOrigins: readonly string[] }) => {
    const cors = corsCheck(options.corsOrigins);
    app.addHook('onRequest', async (request, reply) => {
      const slug = (request.params as { tenant: string }).tenant;
      const tenant = slugPattern.test(slug)
        ? await app.db.withSystem((sql) => findTenantBySlug(sql, slug))
        : null;
      if (!tenant) {
        throw new ApiProblem(404, 'tenant_not_found', {
          detail: 'unknownTenant',
          params: { tenant: slug },
        });
      }
      request.tenant = tenant;
      await cors(request, reply, tenant);
    });
    app.options('/*', preflight);
  },
  { name: 'tenancy', dependencies: ['db'] },
);

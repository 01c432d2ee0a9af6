import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiProblem } from '../errors/problem.js';
import type { Tenant } from './tenant.js';

const allowHeaders = 'authorization, content-type, accept-language, idempotency-key, x-request-id';

/**
 * Per-tenant CORS: a page may call a tenant's API from the server's own origin, from the
 * tenant's allow-list (tenants.allowed_origins) or from the operator's CORS_ORIGINS.
 * Any other origin is refused outright, so a misconfigured site sees why.
 */
export function corsCheck(operatorOrigins: readonly string[]) {
  return async (request: FastifyRequest, reply: FastifyReply, tenant: Tenant) => {
    const origin = request.headers.origin;
    reply.header('vary', 'Origin');
    if (!origin) return;
    const own = `${request.protocol}://${request.host}`;
    const allowed =
      origin === own || tenant.allowedOrigins.includes(origin) || operatorOrigins.includes(origin);
    if (!allowed) throw new ApiProblem(403, 'origin_not_allowed');
    reply.header('access-control-allow-origin', origin);
    reply.header('access-control-expose-headers', 'Retry-After, X-Request-Id');
  };
}

/** Answers a preflight whose origin corsCheck already let through. */
export function preflight(_request: FastifyRequest, reply: FastifyReply) {
  return reply
    .code(204)
    .header('access-control-allow-methods', 'GET, POST, DELETE')
    .header('access-control-allow-headers', allowHeaders)
    .header('access-control-max-age', '600')
    .send();
}

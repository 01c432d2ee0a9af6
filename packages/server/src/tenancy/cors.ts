import type { FastifyReply, FastifyRequest } from 'fastify';
import { spec } from '../contract/spec.js';
import { ApiProblem } from '../errors/problem.js';
import type { Tenant } from './tenant.js';

const allowHeaders = 'authorization, content-type, accept-language, idempotency-key, x-request-id';
const httpMethods = new Set(['get', 'put', 'post', 'delete', 'patch']);
// Every method an operation of the contract uses, so a new PUT or PATCH route is callable from pages.
const allowMethods = [
  ...new Set(
    Object.values(spec.paths).flatMap((item) =>
      Object.keys(item).filter((m) => httpMethods.has(m)),
    ),
  ),
]
  .map((method) => method.toUpperCase())
  .join(', ');

/**
 * Per-tenant CORS: a page may call a tenant's API from the server's own origin, from the
 * tenant's allow-list (tenants.allowed_origins) or from the operator's CORS_ORIGINS.
 * Any other origin is refused, yet still named in Access-Control-Allow-Origin (never with
 * credentials) and let through its preflight: otherwise the browser hides the 403 and a
 * misconfigured site sees a network error instead of origin_not_allowed. No operation runs.
 */
export function corsCheck(operatorOrigins: readonly string[]) {
  return async (request: FastifyRequest, reply: FastifyReply, tenant: Tenant) => {
    const origin = request.headers.origin;
    reply.header('vary', 'Origin');
    if (!origin) return;
    const own = `${request.protocol}://${request.host}`;
    const allowed =
      origin === own || tenant.allowedOrigins.includes(origin) || operatorOrigins.includes(origin);
    reply.header('access-control-allow-origin', origin);
    reply.header('access-control-expose-headers', 'Retry-After, X-Request-Id, Content-Disposition');
    if (!allowed && request.method !== 'OPTIONS') throw new ApiProblem(403, 'origin_not_allowed');
  };
}

/** Answers a preflight; the request that follows is where a foreign origin is refused. */
export function preflight(_request: FastifyRequest, reply: FastifyReply) {
  return reply
    .code(204)
    .header('access-control-allow-methods', allowMethods)
    .header('access-control-allow-headers', allowHeaders)
    .header('access-control-max-age', '600')
    .send();
}

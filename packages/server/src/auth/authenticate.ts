import type { FastifyInstance, FastifyRequest } from 'fastify';
import { unauthenticated } from '../errors/problem.js';
import { tenantOf } from '../tenancy/index.js';
import { isSessionActive } from './sessions.js';
import { verifyAccessToken, type AccessClaims } from './tokens.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** Who signed the request, set by the authenticate pre-handler. */
    auth: AccessClaims | null;
  }
}

export function authOf(request: FastifyRequest): AccessClaims {
  if (!request.auth) throw new Error('authOf used on a route without authenticate');
  return request.auth;
}

/**
 * Pre-handler of every route that needs a signed-in person: a genuine access token of
 * this tenant (a token of another tenant is refused, ORG-1) for a session still active.
 */
export function authenticate(app: FastifyInstance, secret: string) {
  return async (request: FastifyRequest) => {
    const [scheme, token] = (request.headers.authorization ?? '').split(' ');
    const claims = scheme === 'Bearer' && token ? verifyAccessToken(secret, token) : null;
    if (!claims) throw unauthenticated();
    const tenant = tenantOf(request);
    if (claims.tenantId !== tenant.id) throw unauthenticated('tokenForOtherTenant');
    const live = await app.db.withTenant(tenant.id, (sql) => isSessionActive(sql, claims));
    if (!live) throw unauthenticated();
    request.auth = claims;
  };
}

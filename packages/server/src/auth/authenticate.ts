import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Sql } from '../db/scope.js';
import { ApiProblem, unauthenticated } from '../errors/problem.js';
import { tenantOf } from '../tenancy/index.js';
import { isClientViewLive } from './client-view.js';
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

// What a client view may send: no GET changes anything the person decides (README.md).
const readMethods = new Set(['GET', 'HEAD']);

const isLive = (sql: Sql, claims: AccessClaims) =>
  claims.actorId === undefined
    ? isSessionActive(sql, claims)
    : isClientViewLive(sql, { ...claims, actorId: claims.actorId });

/**
 * Pre-handler of every route that needs a signed-in person: a genuine access token of
 * this tenant (a token of another tenant is refused, ORG-1) for a session still active.
 * A client view (AUTH-3) is refused every change, before any route sees it.
 */
export function authenticate(app: FastifyInstance, secret: string) {
  return async (request: FastifyRequest) => {
    const [scheme, token] = (request.headers.authorization ?? '').split(' ');
    const claims = scheme === 'Bearer' && token ? verifyAccessToken(secret, token) : null;
    if (!claims) throw unauthenticated();
    const tenant = tenantOf(request);
    if (claims.tenantId !== tenant.id) throw unauthenticated('tokenForOtherTenant');
    const live = await app.db.withTenant(tenant.id, (sql) => isLive(sql, claims));
    if (!live) throw unauthenticated();
    if (claims.actorId !== undefined) {
      // Every line logged for the request names who was looking.
      request.log = request.log.child({ clientViewBy: claims.actorId });
      if (!readMethods.has(request.method)) throw new ApiProblem(403, 'read_only_view');
    }
    request.auth = claims;
  };
}

import { createHash } from 'node:crypto';
import type {
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  onSendAsyncHookHandler,
  preHandlerAsyncHookHandler,
  RouteOptions,
} from 'fastify';
import fp from 'fastify-plugin';
import { ApiProblem } from '../errors/problem.js';
import { keyHeader } from './header.js';
import { claimKey, releaseKey, storeAnswer, type KeyedRequest } from './store.js';

const waitMs = 100;

/** Whether a route's schema (taken from its contract operation) declares the header. */
function declaresKey(route: RouteOptions): boolean {
  const headers = route.schema?.headers as { properties?: Record<string, unknown> } | undefined;
  return Object.keys(headers?.properties ?? {}).some((name) => name.toLowerCase() === keyHeader);
}

const asArray = <T>(hooks: T | T[] | undefined): T[] =>
  hooks === undefined ? [] : Array.isArray(hooks) ? hooks : [hooks];

/**
 * Idempotency-Key: for 24 hours a repeated key with the same request gets the first
 * successful answer without the work being done again; with another request, 422
 * idempotency_key_reused. A duplicate arriving while the first still runs waits for it.
 * A refused request stores nothing, since it did nothing: its retry runs again.
 */
export const idempotency = fp(
  async (app: FastifyInstance) => {
    const owned = new WeakMap<FastifyRequest, KeyedRequest>();

    function keyed(request: FastifyRequest, operation: string): KeyedRequest | null {
      const key = request.headers[keyHeader];
      if (typeof key !== 'string' || !request.tenant) return null;
      // The signer is part of the request: someone else's key is never their answer.
      const hash = createHash('sha256')
        .update(JSON.stringify([request.auth?.personId ?? null, request.url, request.body ?? null]))
        .digest();
      return { processId: app.db.processId, tenantId: request.tenant.id, key, operation, hash };
    }

    const replayOrRun =
      (operation: string): preHandlerAsyncHookHandler =>
      async (request: FastifyRequest, reply: FastifyReply) => {
        const keyedRequest = keyed(request, operation);
        if (!keyedRequest) return;
        for (;;) {
          const claim = await app.db.withTenant(keyedRequest.tenantId, (sql) =>
            claimKey(sql, keyedRequest),
          );
          switch (claim.kind) {
            case 'run':
              owned.set(request, keyedRequest);
              return;
            case 'reused':
              throw new ApiProblem(422, 'idempotency_key_reused', { detail: 'keyReused' });
            case 'replay': {
              const { status, contentType, body } = claim.answer;
              if (contentType) reply.type(contentType);
              return reply
                .code(status)
                .header('idempotent-replayed', 'true')
                .send(body || undefined);
            }
            case 'running':
              await new Promise((resolve) => setTimeout(resolve, waitMs));
          }
        }
      };

    const remember: onSendAsyncHookHandler<unknown> = async (request, reply, payload) => {
      const keyedRequest = owned.get(request);
      if (!keyedRequest) return payload;
      owned.delete(request);
      const success = reply.statusCode >= 200 && reply.statusCode < 300;
      await app.db.withTenant(keyedRequest.tenantId, (sql) =>
        success
          ? storeAnswer(sql, keyedRequest, {
              status: reply.statusCode,
              contentType: (reply.getHeader('content-type') as string | undefined) ?? null,
              body: typeof payload === 'string' ? payload : '',
            })
          : releaseKey(sql, keyedRequest),
      );
      return payload;
    };

    app.addHook('onRoute', (route) => {
      if (!declaresKey(route)) return;
      const operation = `${String(route.method)} ${route.url}`;
      // After the route's own pre-handlers: a request that may not run is never replayed.
      route.preHandler = [...asArray(route.preHandler), replayOrRun(operation)];
      route.onSend = [...asArray(route.onSend), remember];
    });
  },
  { name: 'idempotency', dependencies: ['db'] },
);

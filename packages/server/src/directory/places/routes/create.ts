import type { FastifyInstance } from 'fastify';
import { jsonBodyLimit } from '../../../contract/body-limit.js';
import { routeSchema } from '../../../contract/route-schema.js';
import { asViewer } from '../../../people/viewer.js';
import type { AnyKind } from '../kind.js';
import { onceUnderKey } from '../../../idempotency/once.js';

/** POST to a kind's collection: managers and directors create an entry, answered with it. */
export function createRoute(kind: AnyKind) {
  return async (app: FastifyInstance) => {
    app.post<{ Body: object }>(
      kind.path,
      {
        schema: routeSchema(kind.operations.create),
        // every body the contract allows, read only for a signed-in caller
        bodyLimit: jsonBodyLimit(kind.operations.create),
        onRequest: app.authenticate,
      },
      async (request, reply) => {
        const entry = await asViewer(app, request, async (sql, viewer, tenantId) => {
          const id = await onceUnderKey(sql, request, () =>
            kind.create(sql, { tenantId, viewer, input: request.body }),
          );
          return kind.get(sql, { tenantId, id });
        });
        return reply.code(201).send(entry);
      },
    );
  };
}

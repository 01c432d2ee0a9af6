import type { FastifyInstance } from 'fastify';
import { jsonBodyLimit } from '../../../contract/body-limit.js';
import { routeSchema } from '../../../contract/route-schema.js';
import { asViewer } from '../../../people/viewer.js';
import type { AnyKind } from '../kind.js';

/**
 * PATCH of one entry of a kind: managers and directors change the fields sent, `active`
 * among them (nothing is deleted); answered with the entry as it is now.
 */
export function updateRoute(kind: AnyKind) {
  return async (app: FastifyInstance) => {
    app.patch<{ Params: Record<string, string>; Body: object }>(
      `${kind.path}/:${kind.idParam}`,
      {
        schema: routeSchema(kind.operations.update),
        bodyLimit: jsonBodyLimit(kind.operations.update),
        onRequest: app.authenticate,
      },
      async (request) =>
        asViewer(app, request, async (sql, viewer, tenantId) => {
          const id = request.params[kind.idParam] ?? '';
          await kind.change(sql, { tenantId, viewer, id, change: request.body });
          return kind.get(sql, { tenantId, id });
        }),
    );
  };
}

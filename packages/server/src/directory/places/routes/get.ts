import type { FastifyInstance } from 'fastify';
import { routeSchema } from '../../../contract/route-schema.js';
import { asViewer } from '../../../people/viewer.js';
import { requireDirectoryReader } from '../../access.js';
import type { AnyKind } from '../kind.js';

/** GET of one entry of a kind: staff read it, active or not. */
export function getRoute(kind: AnyKind) {
  return async (app: FastifyInstance) => {
    app.get<{ Params: Record<string, string> }>(
      `${kind.path}/:${kind.idParam}`,
      { schema: routeSchema(kind.operations.get), preHandler: app.authenticate },
      async (request) =>
        asViewer(app, request, async (sql, viewer, tenantId) => {
          requireDirectoryReader(viewer);
          return kind.get(sql, { tenantId, id: request.params[kind.idParam] ?? '' });
        }),
    );
  };
}

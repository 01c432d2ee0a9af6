import type { FastifyInstance } from 'fastify';
import { routeSchema } from '../../../contract/route-schema.js';
import { decodeIdCursor } from '../../../pagination/cursor.js';
import { asViewer } from '../../../people/viewer.js';
import { requireDirectoryReader } from '../../access.js';
import type { AnyKind, ListParams } from '../kind.js';
import { pageAnswer } from '../reads.js';

/** GET of a kind's collection: staff read a page of its entries, active ones by default. */
export function listRoute(kind: AnyKind) {
  return async (app: FastifyInstance) => {
    app.get<{ Querystring: ListParams }>(
      kind.path,
      { schema: routeSchema(kind.operations.list), preHandler: app.authenticate },
      async (request) =>
        asViewer(app, request, async (sql, viewer, tenantId) => {
          requireDirectoryReader(viewer);
          const { query } = request;
          const after = decodeIdCursor(query.cursor);
          const state = query.state ?? 'active';
          return pageAnswer(await kind.list(sql, { tenantId, query, state, after }));
        }),
    );
  };
}

import type { FastifyInstance } from 'fastify';
import type { ImportPage, ImportsQuery } from '@atrium/sdk';
import { routeSchema } from '../../contract/route-schema.js';
import { decodeCursor, encodeCursor, isCursorTimestamp } from '../../pagination/cursor.js';
import { asViewer } from '../../people/viewer.js';
import { requireDirectoryEditor } from '../../directory/access.js';
import type { LiveProgress } from '../progress.js';
import { listImports } from '../repository.js';

/** GET /imports (DIR-4): the tenant's imports, newest first, each as far as it has got. */
export async function listRoute(app: FastifyInstance, options: { progress: LiveProgress }) {
  // The contract's default fills in limit before the handler runs.
  app.get<{ Querystring: ImportsQuery & Required<Pick<ImportsQuery, 'limit'>> }>(
    '/imports',
    { schema: routeSchema('listImports'), preHandler: app.authenticate },
    async (request): Promise<ImportPage> => {
      const { cursor, limit } = request.query;
      const after = decodeCursor(cursor, isCursorTimestamp);
      const page = await asViewer(app, request, async (sql, viewer, tenantId) => {
        requireDirectoryEditor(viewer);
        return listImports(sql, { tenantId, after, limit });
      });
      return {
        items: page.items.map((item) => options.progress.overlay(item)),
        nextCursor: page.next && encodeCursor(page.next),
      };
    },
  );
}

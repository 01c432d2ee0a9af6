import type { FastifyInstance } from 'fastify';
import type { RegistrationPage, RegistrationsQuery } from '@atrium/sdk';
import { routeSchema } from '../../contract/route-schema.js';
import { requireDirectoryEditor } from '../../directory/access.js';
import { decodeCursor, encodeCursor, isCursorTimestamp } from '../../pagination/cursor.js';
import { asViewer } from '../../people/viewer.js';
import { listRegistrations } from '../repository.js';

/** GET /registrations (DIR-5): the requests, newest first, for those who decide them. */
export async function listRoute(app: FastifyInstance) {
  // The contract's default fills in limit before the handler runs.
  app.get<{ Querystring: RegistrationsQuery & Required<Pick<RegistrationsQuery, 'limit'>> }>(
    '/registrations',
    { schema: routeSchema('listRegistrations'), preHandler: app.authenticate },
    async (request): Promise<RegistrationPage> => {
      const { cursor, limit, status } = request.query;
      const after = decodeCursor(cursor, isCursorTimestamp);
      const page = await asViewer(app, request, async (sql, viewer, tenantId) => {
        requireDirectoryEditor(viewer);
        return listRegistrations(sql, { tenantId, status: status ?? null, after, limit });
      });
      return { items: page.items, nextCursor: page.next && encodeCursor(page.next) };
    },
  );
}

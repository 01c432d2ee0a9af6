import type { FastifyInstance } from 'fastify';
import { routeSchema } from '../../contract/route-schema.js';
import { decodeCursor, encodeCursor, isCursorTimestamp } from '../../pagination/cursor.js';
import { asViewer } from '../../people/viewer.js';
import { requireMayListStatus } from '../access.js';
import { listAnnouncements, unreadCount } from '../repository.js';
import type { AnnouncementPage, AnnouncementsQuery } from '../types.js';

/**
 * GET /announcements (ANN-1, ORG-4): the current ones whose audience holds the person, or
 * scheduled and ended ones for those who oversee them; newest window first, in pages, with
 * the count of current ones unread on every page.
 */
export async function listRoute(app: FastifyInstance) {
  // The contract's default fills in limit before the handler runs.
  app.get<{ Querystring: AnnouncementsQuery & Required<Pick<AnnouncementsQuery, 'limit'>> }>(
    '/announcements',
    { schema: routeSchema('listAnnouncements'), preHandler: app.authenticate },
    async (request): Promise<AnnouncementPage> => {
      const { cursor, limit, status = 'current' } = request.query;
      const after = decodeCursor(cursor, isCursorTimestamp);
      return asViewer(app, request, async (sql, viewer, tenantId) => {
        await requireMayListStatus(sql, { tenantId, viewer, status });
        const page = await listAnnouncements(sql, { tenantId, viewer, status, after, limit });
        return {
          items: page.items,
          nextCursor: page.next && encodeCursor(page.next),
          unread: await unreadCount(sql, { tenantId, viewer }),
        };
      });
    },
  );
}

import type { FastifyInstance } from 'fastify';
import { routeSchema } from '../../contract/route-schema.js';
import { decodeCursor, encodeCursor, isCursorTimestamp } from '../../pagination/cursor.js';
import { asViewer } from '../../people/viewer.js';
import { requireKnownProperty, requireMayList } from '../access.js';
import { listMeetings } from '../repository.js';
import type { MeetingPage, MeetingsQuery } from '../types.js';

/**
 * GET /meetings (VOTE-1): staff see every meeting of the tenant; owners and board members
 * those of their properties and those they hold a vote in. Newest window first, in pages.
 */
export async function listRoute(app: FastifyInstance) {
  // The contract's default fills in limit before the handler runs.
  app.get<{ Querystring: MeetingsQuery & Required<Pick<MeetingsQuery, 'limit'>> }>(
    '/meetings',
    { schema: routeSchema('listMeetings'), preHandler: app.authenticate },
    async (request): Promise<MeetingPage> => {
      const { cursor, limit, ...filter } = request.query;
      const after = decodeCursor(cursor, isCursorTimestamp);
      const page = await asViewer(app, request, async (sql, viewer, tenantId) => {
        await requireMayList(sql, { tenantId, viewer });
        if (filter.propertyId !== undefined) {
          await requireKnownProperty(sql, { tenantId, viewer, propertyId: filter.propertyId });
        }
        return listMeetings(sql, { tenantId, viewer, filter, after, limit });
      });
      return { items: page.items, nextCursor: page.next && encodeCursor(page.next) };
    },
  );
}

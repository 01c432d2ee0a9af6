import type { FastifyInstance } from 'fastify';
import { routeSchema } from '../../contract/route-schema.js';
import { asViewer } from '../../people/viewer.js';
import { announcementFor } from '../access.js';
import { announcementDetail } from '../repository.js';
import type { Announcement } from '../types.js';

/** GET /announcements/:id: for its audience while its window is open, for its overseers always. */
export async function getRoute(app: FastifyInstance) {
  app.get<{ Params: { announcementId: string } }>(
    '/announcements/:announcementId',
    { schema: routeSchema('getAnnouncement'), preHandler: app.authenticate },
    async (request): Promise<Announcement> =>
      asViewer(app, request, async (sql, viewer, tenantId) => {
        const { announcementId } = request.params;
        await announcementFor(sql, { tenantId, announcementId, viewer });
        return announcementDetail(sql, { tenantId, announcementId, viewer });
      }),
  );
}

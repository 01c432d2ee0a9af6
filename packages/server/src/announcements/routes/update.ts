import type { FastifyInstance } from 'fastify';
import { jsonBodyLimit } from '../../contract/body-limit.js';
import { routeSchema } from '../../contract/route-schema.js';
import { asViewer } from '../../people/viewer.js';
import { announcementDetail } from '../repository.js';
import type { Announcement, AnnouncementChange } from '../types.js';
import { change } from '../write.js';

/** PATCH /announcements/:id: its overseers who may write change it; it is never deleted. */
export async function updateRoute(app: FastifyInstance) {
  app.patch<{ Params: { announcementId: string }; Body: AnnouncementChange }>(
    '/announcements/:announcementId',
    {
      schema: routeSchema('updateAnnouncement'),
      bodyLimit: jsonBodyLimit('updateAnnouncement'),
      onRequest: app.authenticate,
    },
    async (request): Promise<Announcement> =>
      asViewer(app, request, async (sql, viewer, tenantId) => {
        const { announcementId } = request.params;
        await change(sql, { tenantId, announcementId, viewer, change: request.body });
        return announcementDetail(sql, { tenantId, announcementId, viewer });
      }),
  );
}

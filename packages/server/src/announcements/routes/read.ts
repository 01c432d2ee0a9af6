import type { FastifyInstance } from 'fastify';
import { routeSchema } from '../../contract/route-schema.js';
import { asViewer } from '../../people/viewer.js';
import { announcementFor } from '../access.js';
import { markRead } from '../repository.js';

/** PUT /announcements/:id/read: marks what the person may see read; again changes nothing. */
export async function readRoute(app: FastifyInstance) {
  app.put<{ Params: { announcementId: string } }>(
    '/announcements/:announcementId/read',
    { schema: routeSchema('markAnnouncementRead'), preHandler: app.authenticate },
    async (request, reply) => {
      await asViewer(app, request, async (sql, viewer, tenantId) => {
        const { announcementId } = request.params;
        await announcementFor(sql, { tenantId, announcementId, viewer });
        await markRead(sql, { tenantId, announcementId, personId: viewer.personId });
      });
      return reply.code(204).send();
    },
  );
}

import type { FastifyInstance } from 'fastify';
import { jsonBodyLimit } from '../../contract/body-limit.js';
import { routeSchema } from '../../contract/route-schema.js';
import { asViewer } from '../../people/viewer.js';
import { announcementDetail } from '../repository.js';
import type { AnnouncementInput } from '../types.js';
import { publish } from '../write.js';
import { onceUnderKey } from '../../idempotency/once.js';

/** POST /announcements (ANN-1): managers and directors to anyone, a board to its property. */
export async function createRoute(app: FastifyInstance) {
  app.post<{ Body: AnnouncementInput }>(
    '/announcements',
    {
      schema: routeSchema('createAnnouncement'),
      // every body the contract allows, read only for a signed-in caller
      bodyLimit: jsonBodyLimit('createAnnouncement'),
      onRequest: app.authenticate,
    },
    async (request, reply) => {
      const announcement = await asViewer(app, request, async (sql, viewer, tenantId) => {
        const announcementId = await onceUnderKey(sql, request, () =>
          publish(sql, { tenantId, viewer, input: request.body }),
        );
        return announcementDetail(sql, { tenantId, announcementId, viewer });
      });
      return reply.code(201).send(announcement);
    },
  );
}

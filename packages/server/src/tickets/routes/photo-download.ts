import type { FastifyInstance } from 'fastify';
import { routeSchema } from '../../contract/route-schema.js';
import { notFound } from '../../errors/problem.js';
import { attachment } from '../../reports/disposition.js';
import { asViewer } from '../../people/viewer.js';
import { scopeOf } from '../access.js';
import { photoFileName } from '../photos/formats.js';
import { findTicketPhoto } from '../photos/store.js';
import { photoStream } from '../photos/stream.js';
import { findVisibleTicket } from '../repository.js';

type Params = { ticketId: string; photoId: string };

/**
 * GET /tickets/:ticketId/photos/:photoId (TKT-1): whoever sees the ticket gets its photo,
 * streamed from the large object; to anyone else it does not exist.
 */
export async function photoDownloadRoute(app: FastifyInstance) {
  app.get<{ Params: Params }>(
    '/tickets/:ticketId/photos/:photoId',
    { schema: routeSchema('downloadTicketPhoto'), preHandler: app.authenticate },
    async (request, reply) => {
      const { ticketId, photoId } = request.params;
      const found = await asViewer(app, request, async (sql, viewer, tenantId) => {
        const ticket = await findVisibleTicket(sql, { tenantId, ticketId, scope: scopeOf(viewer) });
        const photo = ticket && (await findTicketPhoto(sql, { tenantId, ticketId, photoId }));
        return ticket && photo ? { tenantId, ticket, photo } : null;
      });
      if (!found) throw notFound();
      const { tenantId, ticket, photo } = found;
      const name = photoFileName(photo, `ticket-${ticket.number}-photo-${photo.position}`);
      return (
        reply
          .type(photo.contentType)
          .header('content-length', photo.size)
          .header('content-disposition', attachment(name))
          // a resident's photo: no shared cache keeps a copy
          .header('cache-control', 'private, no-store')
          .send(photoStream(app.db, { tenantId, photoId: photo.id, size: photo.size }))
      );
    },
  );
}

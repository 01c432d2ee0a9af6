import type { FastifyInstance } from 'fastify';
import { routeSchema } from '../../contract/route-schema.js';
import { asViewer } from '../../people/viewer.js';
import type { TicketDetail } from '../types.js';
import { detailFor } from '../repository.js';

/** GET /tickets/:ticketId (TKT-1): the ticket, its photos and timeline; internal comments for staff. */
export async function getRoute(app: FastifyInstance) {
  app.get<{ Params: { ticketId: string } }>(
    '/tickets/:ticketId',
    { schema: routeSchema('getTicket'), preHandler: app.authenticate },
    async (request): Promise<TicketDetail> =>
      asViewer(app, request, (sql, viewer, tenantId) =>
        detailFor(sql, { tenantId, ticketId: request.params.ticketId, viewer }),
      ),
  );
}

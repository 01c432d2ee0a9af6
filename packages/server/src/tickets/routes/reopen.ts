import type { FastifyInstance } from 'fastify';
import { routeSchema } from '../../contract/route-schema.js';
import { asViewer } from '../../people/viewer.js';
import { reopenTicket } from '../changes.js';
import type { ReopenInput, TicketDetail } from '../types.js';
import { noticeOf } from '../mail.js';
import { detailFor } from '../repository.js';

/** POST /tickets/:ticketId/reopening (TKT-1): its residents reopen a resolved ticket in time. */
export async function reopenRoute(app: FastifyInstance, { secret }: { secret: string }) {
  app.post<{ Params: { ticketId: string }; Body: ReopenInput }>(
    '/tickets/:ticketId/reopening',
    { schema: routeSchema('reopenTicket'), preHandler: app.authenticate },
    async (request): Promise<TicketDetail> => {
      const { ticketId } = request.params;
      const notice = noticeOf(app, request, secret);
      const detail = await asViewer(app, request, async (sql, viewer, tenantId) => {
        await reopenTicket(sql, { tenantId, ticketId, viewer, input: request.body, notice });
        return detailFor(sql, { tenantId, ticketId, viewer });
      });
      app.wakeMailer();
      return detail;
    },
  );
}

import type { FastifyInstance } from 'fastify';
import { routeSchema } from '../../contract/route-schema.js';
import { asViewer } from '../../people/viewer.js';
import { changeStatus } from '../changes.js';
import type { StatusChangeInput, TicketDetail } from '../types.js';
import { noticeOf } from '../mail.js';
import { detailFor } from '../repository.js';

/** POST /tickets/:ticketId/status (TKT-1): staff move the ticket; the reporter is e-mailed. */
export async function statusRoute(app: FastifyInstance, { secret }: { secret: string }) {
  app.post<{ Params: { ticketId: string }; Body: StatusChangeInput }>(
    '/tickets/:ticketId/status',
    { schema: routeSchema('changeTicketStatus'), preHandler: app.authenticate },
    async (request): Promise<TicketDetail> => {
      const { ticketId } = request.params;
      const notice = noticeOf(app, request, secret);
      const detail = await asViewer(app, request, async (sql, viewer, tenantId) => {
        await changeStatus(sql, { tenantId, ticketId, viewer, input: request.body, notice });
        return detailFor(sql, { tenantId, ticketId, viewer });
      });
      app.wakeMailer();
      return detail;
    },
  );
}

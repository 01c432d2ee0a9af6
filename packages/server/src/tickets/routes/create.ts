import type { FastifyInstance } from 'fastify';
import { routeSchema } from '../../contract/route-schema.js';
import { onceUnderKey } from '../../idempotency/once.js';
import { asViewer } from '../../people/viewer.js';
import { createTicket } from '../create.js';
import type { TicketInput } from '../types.js';
import { detailFor } from '../repository.js';

/** POST /tickets (TKT-1): an owner or resident reports a fault, naming their uploaded photos. */
export async function createRoute(app: FastifyInstance) {
  app.post<{ Body: TicketInput }>(
    '/tickets',
    { schema: routeSchema('createTicket'), preHandler: app.authenticate },
    async (request, reply) => {
      const detail = await asViewer(app, request, async (sql, viewer, tenantId) => {
        const ticketId = await onceUnderKey(sql, request, () =>
          createTicket(sql, { tenantId, viewer, input: request.body }),
        );
        return detailFor(sql, { tenantId, ticketId, viewer });
      });
      return reply.code(201).send(detail);
    },
  );
}

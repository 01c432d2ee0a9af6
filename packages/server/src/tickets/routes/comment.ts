import type { FastifyInstance } from 'fastify';
import { routeSchema } from '../../contract/route-schema.js';
import { asViewer } from '../../people/viewer.js';
import { addComment } from '../changes.js';
import type { CommentInput } from '../types.js';
import { detailFor } from '../repository.js';
import { onceUnderKey } from '../../idempotency/once.js';

/** POST /tickets/:ticketId/comments (TKT-1): residents and staff comment; staff may keep it internal. */
export async function commentRoute(app: FastifyInstance) {
  app.post<{ Params: { ticketId: string }; Body: CommentInput }>(
    '/tickets/:ticketId/comments',
    { schema: routeSchema('addTicketComment'), preHandler: app.authenticate },
    async (request, reply) => {
      const { ticketId } = request.params;
      const detail = await asViewer(app, request, async (sql, viewer, tenantId) => {
        await onceUnderKey(sql, request, () =>
          addComment(sql, { tenantId, ticketId, viewer, input: request.body }),
        );
        return detailFor(sql, { tenantId, ticketId, viewer });
      });
      return reply.code(201).send(detail);
    },
  );
}

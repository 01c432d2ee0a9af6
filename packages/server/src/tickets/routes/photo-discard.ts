import type { FastifyInstance } from 'fastify';
import { routeSchema } from '../../contract/route-schema.js';
import { notFound } from '../../errors/problem.js';
import { asViewer } from '../../people/viewer.js';
import { discardDraft } from '../photos/store.js';

/** DELETE /ticket-photos/:photoId (TKT-1): the uploader drops a draft no ticket names yet. */
export async function photoDiscardRoute(app: FastifyInstance) {
  app.delete<{ Params: { photoId: string } }>(
    '/ticket-photos/:photoId',
    { schema: routeSchema('discardTicketPhoto'), preHandler: app.authenticate },
    async (request, reply) => {
      const { photoId } = request.params;
      const discarded = await asViewer(app, request, (sql, viewer, tenantId) =>
        discardDraft(sql, { tenantId, personId: viewer.personId, photoId }),
      );
      if (!discarded) throw notFound();
      return reply.code(204).send();
    },
  );
}

import type { FastifyInstance } from 'fastify';
import { routeSchema } from '../../contract/route-schema.js';
import { asViewer } from '../../people/viewer.js';
import { authOf } from '../authenticate.js';
import { startClientView } from '../client-view.js';

/** POST /people/:personId/client-view (AUTH-3): see the portal as the client, read-only. */
export async function clientViewRoute(app: FastifyInstance, { secret }: { secret: string }) {
  app.post<{ Params: { personId: string } }>(
    '/people/:personId/client-view',
    { schema: routeSchema('startClientView'), preHandler: app.authenticate },
    async (request, reply) => {
      const view = await asViewer(app, request, (sql, viewer) =>
        startClientView(sql, {
          secret,
          viewer,
          claims: authOf(request),
          personId: request.params.personId,
        }),
      );
      return reply.code(201).send(view);
    },
  );
}

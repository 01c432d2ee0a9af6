import type { FastifyInstance } from 'fastify';
import { routeSchema } from '../../../contract/route-schema.js';
import { asViewer } from '../../../people/viewer.js';
import { tenantOf } from '../../../tenancy/index.js';
import { grantAccess } from '../portal-access.js';
import { personDetail } from '../repository.js';

/** POST /people/:id/portal-access (AUTH-1): a fresh set-password link is on its way. */
export async function grantAccessRoute(app: FastifyInstance) {
  app.post<{ Params: { personId: string } }>(
    '/people/:personId/portal-access',
    { schema: routeSchema('grantPortalAccess'), preHandler: app.authenticate },
    async (request, reply) => {
      const { personId } = request.params;
      const person = await asViewer(app, request, async (sql, viewer, tenantId) => {
        const tenant = tenantOf(request);
        await grantAccess(sql, { tenant, viewer, personId, publicUrl: app.site.publicUrl });
        return personDetail(sql, tenantId, personId);
      });
      app.wakeMailer();
      return reply.code(202).send(person);
    },
  );
}

import type { FastifyInstance } from 'fastify';
import type { DirectoryPerson } from '@atrium/sdk';
import { routeSchema } from '../../../contract/route-schema.js';
import { asViewer } from '../../../people/viewer.js';
import { tenantOf } from '../../../tenancy/index.js';
import { revokeAccess } from '../portal-access.js';
import { personDetail } from '../repository.js';

/** DELETE /people/:id/portal-access: no password, no link, no session; the person stays. */
export async function revokeAccessRoute(app: FastifyInstance) {
  app.delete<{ Params: { personId: string } }>(
    '/people/:personId/portal-access',
    { schema: routeSchema('revokePortalAccess'), preHandler: app.authenticate },
    async (request): Promise<DirectoryPerson> =>
      asViewer(app, request, async (sql, viewer, tenantId) => {
        const { personId } = request.params;
        await revokeAccess(sql, { tenant: tenantOf(request), viewer, personId });
        return personDetail(sql, tenantId, personId);
      }),
  );
}

import type { FastifyInstance } from 'fastify';
import type { DirectoryPerson } from '@atrium/sdk';
import { routeSchema } from '../../../contract/route-schema.js';
import { asViewer } from '../../../people/viewer.js';
import { requireDirectoryReader } from '../../access.js';
import { personDetail } from '../repository.js';

/** GET /people/:id: one person of the tenant with their units and portal access. */
export async function getRoute(app: FastifyInstance) {
  app.get<{ Params: { personId: string } }>(
    '/people/:personId',
    { schema: routeSchema('getPerson'), preHandler: app.authenticate },
    async (request): Promise<DirectoryPerson> =>
      asViewer(app, request, async (sql, viewer, tenantId) => {
        requireDirectoryReader(viewer);
        return personDetail(sql, tenantId, request.params.personId);
      }),
  );
}

import type { FastifyInstance } from 'fastify';
import type { LinkInput, Unit } from '@atrium/sdk';
import { jsonBodyLimit } from '../../../../contract/body-limit.js';
import { routeSchema } from '../../../../contract/route-schema.js';
import { asViewer } from '../../../../people/viewer.js';
import { unitById } from '../../units/repository.js';
import { link } from '../write.js';

/**
 * PUT /units/:unitId/people/:personId (DIR-3): managers and directors set the roles a person
 * holds for a unit, answered with the unit as it is now.
 */
export async function linkRoute(app: FastifyInstance) {
  app.put<{ Params: { unitId: string; personId: string }; Body: LinkInput }>(
    '/units/:unitId/people/:personId',
    {
      schema: routeSchema('linkPerson'),
      bodyLimit: jsonBodyLimit('linkPerson'),
      onRequest: app.authenticate,
    },
    async (request): Promise<Unit> =>
      asViewer(app, request, async (sql, viewer, tenantId) => {
        const { unitId, personId } = request.params;
        await link(sql, { tenantId, viewer, unitId, personId, input: request.body });
        return unitById(sql, { tenantId, id: unitId });
      }),
  );
}

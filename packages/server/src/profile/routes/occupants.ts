import type { FastifyInstance } from 'fastify';
import type { OccupantsDeclaration, ProfileUnit } from '@atrium/sdk';
import { jsonBodyLimit } from '../../contract/body-limit.js';
import { routeSchema } from '../../contract/route-schema.js';
import { asViewer } from '../../people/viewer.js';
import { declareOccupants } from '../occupants.js';

/** PUT /me/units/:unitId/occupants (FIN-4): how many live in one's unit. */
export async function occupantsRoute(app: FastifyInstance) {
  app.put<{ Params: { unitId: string }; Body: OccupantsDeclaration }>(
    '/me/units/:unitId/occupants',
    {
      schema: routeSchema('declareOccupants'),
      bodyLimit: jsonBodyLimit('declareOccupants'),
      onRequest: app.authenticate,
    },
    async (request): Promise<ProfileUnit> =>
      asViewer(app, request, (sql, viewer, tenantId) =>
        declareOccupants(sql, {
          tenantId,
          personId: viewer.personId,
          unitId: request.params.unitId,
          count: request.body.count,
        }),
      ),
  );
}

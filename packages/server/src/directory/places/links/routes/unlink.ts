import type { FastifyInstance } from 'fastify';
import type { Unit } from '@atrium/sdk';
import { routeSchema } from '../../../../contract/route-schema.js';
import { asViewer } from '../../../../people/viewer.js';
import { unitById } from '../../units/repository.js';
import { unlink } from '../write.js';

/**
 * DELETE /units/:unitId/people/:personId: managers and directors end every role a person
 * holds for a unit; their records stay, and the audit log keeps the link that ended.
 */
export async function unlinkRoute(app: FastifyInstance) {
  app.delete<{ Params: { unitId: string; personId: string } }>(
    '/units/:unitId/people/:personId',
    { schema: routeSchema('unlinkPerson'), preHandler: app.authenticate },
    async (request): Promise<Unit> =>
      asViewer(app, request, async (sql, viewer, tenantId) => {
        const { unitId, personId } = request.params;
        await unlink(sql, { tenantId, viewer, unitId, personId });
        return unitById(sql, { tenantId, id: unitId });
      }),
  );
}

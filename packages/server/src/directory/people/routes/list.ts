import type { FastifyInstance } from 'fastify';
import type { DirectoryPersonPage, PeopleQuery } from '@atrium/sdk';
import { routeSchema } from '../../../contract/route-schema.js';
import { decodeIdCursor } from '../../../pagination/cursor.js';
import { asViewer } from '../../../people/viewer.js';
import { requireDirectoryReader } from '../../access.js';
import { pageAnswer } from '../../places/reads.js';
import type { DirectoryState } from '../../state.js';
import { peopleFilter } from '../filter.js';
import { listPeople } from '../repository.js';

/** GET /people: the tenant's people by name, narrowed by text, role, property, unit, state. */
export async function listRoute(app: FastifyInstance) {
  // The contract's defaults fill in limit and state before the handler runs.
  app.get<{ Querystring: PeopleQuery & { limit: number; state: DirectoryState } }>(
    '/people',
    { schema: routeSchema('listPeople'), preHandler: app.authenticate },
    async (request): Promise<DirectoryPersonPage> =>
      asViewer(app, request, async (sql, viewer, tenantId) => {
        requireDirectoryReader(viewer);
        const { q, state, cursor, limit } = request.query;
        const after = decodeIdCursor(cursor);
        const filter = await peopleFilter(sql, tenantId, request.query);
        return pageAnswer(await listPeople(sql, { tenantId, q, state, after, limit, filter }));
      }),
  );
}

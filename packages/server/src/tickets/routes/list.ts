import type { FastifyInstance } from 'fastify';
import type { paths } from '@atrium/sdk';
import { routeSchema } from '../../contract/route-schema.js';
import { unitExists } from '../../directory/units.js';
import { notFound } from '../../errors/problem.js';
import { decodeCursor, encodeCursor, isCursorTimestamp } from '../../pagination/cursor.js';
import { isStaff, asViewer } from '../../people/viewer.js';
import { requireFollower, scopeOf } from '../access.js';
import { listTickets } from '../repository.js';
import type { TicketPage } from '../types.js';

type Query = NonNullable<paths['/tickets']['get']['parameters']['query']>;

/**
 * GET /tickets (TKT-1): staff see every ticket of the tenant; anyone else those they
 * reported and those of the units they own or live in. Newest first, in pages.
 */
export async function listRoute(app: FastifyInstance) {
  // The contract's default fills in limit before the handler runs.
  app.get<{ Querystring: Query & Required<Pick<Query, 'limit'>> }>(
    '/tickets',
    { schema: routeSchema('listTickets'), preHandler: app.authenticate },
    async (request): Promise<TicketPage> => {
      const { cursor, limit, ...filter } = request.query;
      const after = decodeCursor(cursor, isCursorTimestamp);
      const page = await asViewer(app, request, async (sql, viewer, tenantId) => {
        await requireFollower(sql, viewer, tenantId);
        if (filter.unitId !== undefined) {
          const known = isStaff(viewer)
            ? await unitExists(sql, tenantId, filter.unitId)
            : viewer.unitIds.includes(filter.unitId);
          if (!known) throw notFound();
        }
        return listTickets(sql, { tenantId, scope: scopeOf(viewer), filter, after, limit });
      });
      return { items: page.items, nextCursor: page.next && encodeCursor(page.next) };
    },
  );
}

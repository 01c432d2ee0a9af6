import type { FastifyInstance } from 'fastify';
import type { AuditEntryPage, AuditQuery } from '@atrium/sdk';
import { routeSchema } from '../../contract/route-schema.js';
import { personExists } from '../../directory/people/repository.js';
import { notFound } from '../../errors/problem.js';
import { decodeCursor, encodeCursor, isCursorTimestamp } from '../../pagination/cursor.js';
import { asViewer } from '../../people/viewer.js';
import { requireAuditReader } from '../access.js';
import { directoryEntryExists, listAuditEntries } from '../repository.js';

/** GET /audit-log: the log, newest first, narrowed to a kind of entry, an entry or an actor. */
export async function listRoute(app: FastifyInstance) {
  // The contract's default fills in limit before the handler runs.
  app.get<{ Querystring: AuditQuery & Required<Pick<AuditQuery, 'limit'>> }>(
    '/audit-log',
    { schema: routeSchema('listAuditEntries'), preHandler: app.authenticate },
    async (request): Promise<AuditEntryPage> => {
      const { cursor, limit, ...filter } = request.query;
      const after = decodeCursor(cursor, isCursorTimestamp);
      const page = await asViewer(app, request, async (sql, viewer, tenantId) => {
        requireAuditReader(viewer);
        const { entityId, actorId } = filter;
        if (entityId !== undefined && !(await directoryEntryExists(sql, tenantId, entityId))) {
          throw notFound();
        }
        if (actorId !== undefined && !(await personExists(sql, tenantId, actorId))) {
          throw notFound();
        }
        return listAuditEntries(sql, { tenantId, filter, after, limit });
      });
      return { items: page.items, nextCursor: page.next && encodeCursor(page.next) };
    },
  );
}

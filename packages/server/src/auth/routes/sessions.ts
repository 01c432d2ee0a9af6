import type { FastifyInstance } from 'fastify';
import type { paths, SessionPage } from '@atrium/sdk';
import { routeSchema } from '../../contract/route-schema.js';
import { notFound } from '../../errors/problem.js';
import { decodeCursor, encodeCursor, isCursorTimestamp } from '../../pagination/cursor.js';
import { tenantOf } from '../../tenancy/index.js';
import { authOf } from '../authenticate.js';
import { endSession, listSessions } from '../sessions.js';

type Query = NonNullable<paths['/auth/sessions']['get']['parameters']['query']>;

/** The signed-in person's sessions: list newest first, revoke one. */
export async function sessionRoutes(app: FastifyInstance) {
  // The contract's default fills in limit before the handler runs.
  app.get<{ Querystring: Query & Required<Pick<Query, 'limit'>> }>(
    '/auth/sessions',
    { schema: routeSchema('listSessions'), preHandler: app.authenticate },
    async (request): Promise<SessionPage> => {
      const tenant = tenantOf(request);
      const after = decodeCursor(request.query.cursor, isCursorTimestamp);
      const page = await app.db.withTenant(tenant.id, (sql) =>
        listSessions(sql, authOf(request), { after, limit: request.query.limit }),
      );
      return { items: page.items, nextCursor: page.next && encodeCursor(page.next) };
    },
  );

  app.delete<{ Params: { sessionId: string } }>(
    '/auth/sessions/:sessionId',
    { schema: routeSchema('revokeSession'), preHandler: app.authenticate },
    async (request, reply) => {
      const tenant = tenantOf(request);
      const { personId } = authOf(request);
      const ended = await app.db.withTenant(tenant.id, (sql) =>
        endSession(sql, { tenantId: tenant.id, personId, sessionId: request.params.sessionId }),
      );
      if (!ended) throw notFound();
      return reply.code(204).send();
    },
  );
}

import type { FastifyInstance } from 'fastify';
import type { paths, SessionPage } from '@atrium/sdk';
import { routeSchema } from '../../contract/route-schema.js';
import { invalidInput, notFound } from '../../errors/problem.js';
import { tenantOf } from '../../tenancy/index.js';
import { authOf } from '../authenticate.js';
import { endSession, listSessions, type SessionCursor } from '../sessions.js';

type Query = NonNullable<paths['/auth/sessions']['get']['parameters']['query']>;

// Cursors are opaque to clients: base64url of [created_at with microseconds, id].
const encodeCursor = (c: SessionCursor) =>
  Buffer.from(JSON.stringify([c.createdAt, c.id])).toString('base64url');

function decodeCursor(cursor: string | undefined): SessionCursor | null {
  if (cursor === undefined) return null;
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as unknown[];
    const iso = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/;
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
    // The shape alone lets 2024-99-99 through to the database; a real instant round-trips.
    const real = (at: string) => new Date(at).toISOString() === at;
    if (
      typeof createdAt === 'string' &&
      iso.test(createdAt) &&
      real(`${createdAt.slice(0, 23)}Z`) &&
      typeof id === 'string' &&
      uuid.test(id)
    ) {
      return { createdAt, id };
    }
  } catch {
    // falls through to the refusal
  }
  throw invalidInput([{ field: 'cursor', code: 'invalid_value' }]);
}

/** The signed-in person's sessions: list newest first, revoke one. */
export async function sessionRoutes(app: FastifyInstance) {
  // The contract's default fills in limit before the handler runs.
  app.get<{ Querystring: Query & Required<Pick<Query, 'limit'>> }>(
    '/auth/sessions',
    { schema: routeSchema('listSessions'), preHandler: app.authenticate },
    async (request): Promise<SessionPage> => {
      const tenant = tenantOf(request);
      const after = decodeCursor(request.query.cursor);
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

import type { FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { Health } from '@atrium/sdk';
import { routeSchema } from '../contract/route-schema.js';
import { spec, specText } from '../contract/spec.js';
import { serverVersion } from './version.js';

// Swagger UI styles its widgets inline, so /docs alone gets this looser policy.
const docsCsp =
  "default-src 'self'; base-uri 'self'; object-src 'none'; frame-ancestors 'self'; " +
  "script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'";

/** /health, /openapi.json and /docs, outside any tenant. */
export async function system(app: FastifyInstance) {
  app.get('/health', { schema: routeSchema('getHealth') }, async (request, reply) => {
    const database = await app.db.pool
      .query('SELECT 1')
      .then(() => 'ok' as const)
      .catch((error: unknown) => {
        request.log.error({ err: error }, 'database unreachable');
        return 'unreachable' as const;
      });
    const health: Health = {
      status: database === 'ok' ? 'ok' : 'degraded',
      database,
      version: serverVersion,
    };
    return reply.code(database === 'ok' ? 200 : 503).send(health);
  });

  app.get('/openapi.json', async (_request, reply) =>
    reply.type('application/json; charset=utf-8').send(specText),
  );

  await app.register(swagger, { mode: 'static', specification: { document: spec as never } });
  await app.register(swaggerUi, { routePrefix: '/docs', staticCSP: docsCsp });
}

import type { FastifyInstance } from 'fastify';
import { createRoute } from './routes/create.js';
import { getRoute } from './routes/get.js';
import { grantAccessRoute } from './routes/grant-access.js';
import { listRoute } from './routes/list.js';
import { revokeAccessRoute } from './routes/revoke-access.js';
import { updateRoute } from './routes/update.js';

/**
 * The directory's people (DIR-3, AUTH-1, AUTH-4): staff read them, managers and directors
 * add and change them, deactivate rather than delete them, and grant or revoke their
 * portal access. Registered inside the `/t/:tenant` scope.
 */
export async function people(app: FastifyInstance) {
  await app.register(listRoute);
  await app.register(createRoute);
  await app.register(getRoute);
  await app.register(updateRoute);
  await app.register(grantAccessRoute);
  await app.register(revokeAccessRoute);
}

import type { FastifyInstance } from 'fastify';
import type { Profile } from '@atrium/sdk';
import { routeSchema } from '../../contract/route-schema.js';
import { asViewer } from '../../people/viewer.js';
import { loadProfile } from '../repository.js';

/** GET /me/profile: the signed-in person's contacts, units and notifications. */
export async function getRoute(app: FastifyInstance) {
  app.get(
    '/me/profile',
    { schema: routeSchema('getProfile'), onRequest: app.authenticate },
    async (request): Promise<Profile> =>
      asViewer(app, request, (sql, viewer, tenantId) => loadProfile(sql, tenantId, viewer)),
  );
}

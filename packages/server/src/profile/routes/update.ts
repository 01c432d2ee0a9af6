import type { FastifyInstance } from 'fastify';
import type { Profile, ProfileChange } from '@atrium/sdk';
import { actAs } from '../../audit/actor.js';
import { jsonBodyLimit } from '../../contract/body-limit.js';
import { routeSchema } from '../../contract/route-schema.js';
import { blankIssues, trimmed } from '../../contract/text.js';
import { invalidInput } from '../../errors/problem.js';
import { asViewer } from '../../people/viewer.js';
import { loadProfile, updateContacts } from '../repository.js';

/** PATCH /me/profile (FIN-4): one's own name, phone or language; the audit log records it. */
export async function updateRoute(app: FastifyInstance) {
  app.patch<{ Body: ProfileChange }>(
    '/me/profile',
    {
      schema: routeSchema('updateProfile'),
      bodyLimit: jsonBodyLimit('updateProfile'),
      onRequest: app.authenticate,
    },
    async (request): Promise<Profile> =>
      asViewer(app, request, async (sql, viewer, tenantId) => {
        const issues = blankIssues(request.body);
        if (issues.length) throw invalidInput(issues);
        await actAs(sql, viewer.personId);
        const change = trimmed(request.body);
        await updateContacts(sql, { tenantId, personId: viewer.personId, change });
        return loadProfile(sql, tenantId, viewer);
      }),
  );
}

import type { FastifyInstance } from 'fastify';
import type { DirectoryPerson, PersonChange } from '@atrium/sdk';
import { jsonBodyLimit } from '../../../contract/body-limit.js';
import { routeSchema } from '../../../contract/route-schema.js';
import { asViewer } from '../../../people/viewer.js';
import { tenantOf } from '../../../tenancy/index.js';
import { personDetail } from '../repository.js';
import { changePerson } from '../write.js';

/** PATCH /people/:id: change, deactivate or reactivate a person (AUTH-4); never deleted. */
export async function updateRoute(app: FastifyInstance) {
  app.patch<{ Params: { personId: string }; Body: PersonChange }>(
    '/people/:personId',
    {
      schema: routeSchema('updatePerson'),
      bodyLimit: jsonBodyLimit('updatePerson'),
      onRequest: app.authenticate,
    },
    async (request): Promise<DirectoryPerson> => {
      const { personId } = request.params;
      const person = await asViewer(app, request, async (sql, viewer, tenantId) => {
        const tenant = tenantOf(request);
        const { publicUrl } = app.site;
        await changePerson(sql, { tenant, viewer, personId, change: request.body, publicUrl });
        return personDetail(sql, tenantId, personId);
      });
      // A new e-mail may have queued an invitation (followNewEmail).
      app.wakeMailer();
      return person;
    },
  );
}

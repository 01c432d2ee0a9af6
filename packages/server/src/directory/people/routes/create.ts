import type { FastifyInstance } from 'fastify';
import type { PersonInput } from '@atrium/sdk';
import { jsonBodyLimit } from '../../../contract/body-limit.js';
import { routeSchema } from '../../../contract/route-schema.js';
import { asViewer } from '../../../people/viewer.js';
import { personDetail } from '../repository.js';
import { createPerson } from '../write.js';
import { onceUnderKey } from '../../../idempotency/once.js';

/** POST /people: managers and directors add a person; an e-mail is used once per tenant. */
export async function createRoute(app: FastifyInstance) {
  app.post<{ Body: PersonInput }>(
    '/people',
    {
      schema: routeSchema('createPerson'),
      bodyLimit: jsonBodyLimit('createPerson'),
      onRequest: app.authenticate,
    },
    async (request, reply) => {
      const person = await asViewer(app, request, async (sql, viewer, tenantId) => {
        const personId = await onceUnderKey(sql, request, () =>
          createPerson(sql, { tenantId, viewer, input: request.body }),
        );
        return personDetail(sql, tenantId, personId);
      });
      return reply.code(201).send(person);
    },
  );
}

import type { FastifyInstance } from 'fastify';
import { jsonBodyLimit } from '../../contract/body-limit.js';
import { routeSchema } from '../../contract/route-schema.js';
import { asViewer } from '../../people/viewer.js';
import { meetingFor } from '../access.js';
import { openMeeting } from '../create.js';
import { meetingDetail } from '../repository.js';
import type { MeetingInput } from '../types.js';
import { onceUnderKey } from '../../idempotency/once.js';

/** POST /meetings (VOTE-1, DIR-1): a manager or the property's board opens a meeting. */
export async function createRoute(app: FastifyInstance) {
  app.post<{ Body: MeetingInput }>(
    '/meetings',
    {
      schema: routeSchema('createMeeting'),
      // every body the contract allows, read only for a signed-in caller
      bodyLimit: jsonBodyLimit('createMeeting'),
      onRequest: app.authenticate,
    },
    async (request, reply) => {
      const detail = await asViewer(app, request, async (sql, viewer, tenantId) => {
        const meetingId = await onceUnderKey(sql, request, () =>
          openMeeting(sql, { tenantId, viewer, input: request.body }),
        );
        const access = await meetingFor(sql, { tenantId, meetingId, viewer });
        return meetingDetail(sql, { tenantId, access, viewer });
      });
      return reply.code(201).send(detail);
    },
  );
}

import type { FastifyInstance } from 'fastify';
import { routeSchema } from '../../contract/route-schema.js';
import { asViewer } from '../../people/viewer.js';
import { openMeeting } from '../create.js';
import { detailFor } from '../repository.js';
import type { MeetingInput } from '../types.js';

/** POST /meetings (VOTE-1, DIR-1): a manager or the property's board opens a meeting. */
export async function createRoute(app: FastifyInstance) {
  app.post<{ Body: MeetingInput }>(
    '/meetings',
    { schema: routeSchema('createMeeting'), preHandler: app.authenticate },
    async (request, reply) => {
      const detail = await asViewer(app, request, async (sql, viewer, tenantId) => {
        const meetingId = await openMeeting(sql, { tenantId, viewer, input: request.body });
        return detailFor(sql, { tenantId, meetingId, viewer });
      });
      return reply.code(201).send(detail);
    },
  );
}

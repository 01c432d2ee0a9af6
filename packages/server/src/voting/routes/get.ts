import type { FastifyInstance } from 'fastify';
import { routeSchema } from '../../contract/route-schema.js';
import { asViewer } from '../../people/viewer.js';
import { detailFor } from '../repository.js';
import type { MeetingDetail } from '../types.js';

/** GET /meetings/:meetingId (VOTE-1..3): the agenda, the caller's votes, turnout or results. */
export async function getRoute(app: FastifyInstance) {
  app.get<{ Params: { meetingId: string } }>(
    '/meetings/:meetingId',
    { schema: routeSchema('getMeeting'), preHandler: app.authenticate },
    async (request): Promise<MeetingDetail> =>
      asViewer(app, request, (sql, viewer, tenantId) =>
        detailFor(sql, { tenantId, meetingId: request.params.meetingId, viewer }),
      ),
  );
}

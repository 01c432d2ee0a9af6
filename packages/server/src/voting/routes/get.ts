import type { FastifyInstance } from 'fastify';
import { routeSchema } from '../../contract/route-schema.js';
import { asViewer } from '../../people/viewer.js';
import { meetingToRead } from '../freeze.js';
import { meetingDetail } from '../repository.js';
import type { MeetingDetail } from '../types.js';

/** GET /meetings/:meetingId (VOTE-1..3): the agenda, the caller's votes, turnout or results. */
export async function getRoute(app: FastifyInstance) {
  app.get<{ Params: { meetingId: string } }>(
    '/meetings/:meetingId',
    { schema: routeSchema('getMeeting'), preHandler: app.authenticate },
    async (request): Promise<MeetingDetail> =>
      asViewer(app, request, async (sql, viewer, tenantId) => {
        const { meetingId } = request.params;
        const access = await meetingToRead(sql, { tenantId, meetingId, viewer });
        return meetingDetail(sql, { tenantId, access, viewer });
      }),
  );
}

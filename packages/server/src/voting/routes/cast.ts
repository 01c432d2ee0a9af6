import type { FastifyInstance } from 'fastify';
import { jsonBodyLimit } from '../../contract/body-limit.js';
import { routeSchema } from '../../contract/route-schema.js';
import { asViewer } from '../../people/viewer.js';
import { castVotes } from '../cast.js';
import { meetingDetail } from '../repository.js';
import type { MeetingDetail, VotesInput } from '../types.js';

/** PUT /meetings/:meetingId/votes (VOTE-3): an owner casts or changes votes while it is open. */
export async function castRoute(app: FastifyInstance) {
  app.put<{ Params: { meetingId: string }; Body: VotesInput }>(
    '/meetings/:meetingId/votes',
    {
      schema: routeSchema('castVotes'),
      // every body the contract allows, read only for a signed-in caller
      bodyLimit: jsonBodyLimit('castVotes'),
      onRequest: app.authenticate,
    },
    async (request): Promise<MeetingDetail> => {
      const { meetingId } = request.params;
      return asViewer(app, request, async (sql, viewer, tenantId) => {
        const { votes } = request.body;
        const access = await castVotes(sql, { tenantId, meetingId, viewer, votes });
        return meetingDetail(sql, { tenantId, access, viewer });
      });
    },
  );
}

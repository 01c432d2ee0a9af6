import type { FastifyInstance } from 'fastify';
import { routeSchema } from '../../contract/route-schema.js';
import { asViewer } from '../../people/viewer.js';
import { castVotes } from '../cast.js';
import { detailFor } from '../repository.js';
import type { MeetingDetail, VotesInput } from '../types.js';

/** PUT /meetings/:meetingId/votes (VOTE-3): an owner casts or changes votes while it is open. */
export async function castRoute(app: FastifyInstance) {
  app.put<{ Params: { meetingId: string }; Body: VotesInput }>(
    '/meetings/:meetingId/votes',
    { schema: routeSchema('castVotes'), preHandler: app.authenticate },
    async (request): Promise<MeetingDetail> => {
      const { meetingId } = request.params;
      return asViewer(app, request, async (sql, viewer, tenantId) => {
        await castVotes(sql, { tenantId, meetingId, viewer, votes: request.body.votes });
        return detailFor(sql, { tenantId, meetingId, viewer });
      });
    },
  );
}

import type { FastifyInstance } from 'fastify';
import { routeSchema } from '../../contract/route-schema.js';
import { asViewer } from '../../people/viewer.js';
import { decodeVoteCursor, encodeVoteCursor, listVotes } from '../audit.js';
import { meetingToRead } from '../freeze.js';
import type { MeetingVotesQuery, VoteRecordPage } from '../types.js';

/** GET /meetings/:meetingId/votes (VOTE-3): every version of the votes the caller may audit. */
export async function votesRoute(app: FastifyInstance) {
  app.get<{
    Params: { meetingId: string };
    Querystring: MeetingVotesQuery & Required<Pick<MeetingVotesQuery, 'limit'>>;
  }>(
    '/meetings/:meetingId/votes',
    { schema: routeSchema('listMeetingVotes'), preHandler: app.authenticate },
    async (request): Promise<VoteRecordPage> => {
      const { meetingId } = request.params;
      const { cursor, limit } = request.query;
      const after = decodeVoteCursor(cursor);
      const page = await asViewer(app, request, async (sql, viewer, tenantId) => {
        // the audit of a closed meeting is of the votes its frozen results count
        const access = await meetingToRead(sql, { tenantId, meetingId, viewer });
        return listVotes(sql, { tenantId, access, viewer, after, limit });
      });
      return { items: page.items, nextCursor: page.next && encodeVoteCursor(page.next) };
    },
  );
}

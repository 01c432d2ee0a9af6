import type { FastifyInstance } from 'fastify';
import type { paths } from '@atrium/sdk';
import { routeSchema } from '../../contract/route-schema.js';
import { ApiProblem } from '../../errors/problem.js';
import { asViewer } from '../../people/viewer.js';
import { sendFile } from '../../reports/file-reply.js';
import { tenantOf } from '../../tenancy/index.js';
import { meetingToRead } from '../freeze.js';
import { protocolFileName, protocolPdf } from '../protocol/pdf.js';
import { loadProtocol } from '../protocol/protocol.js';

type Parameters = paths['/meetings/{meetingId}/protocol']['get']['parameters'];

/**
 * GET /meetings/:meetingId/protocol (VOTE-3): the protocol of a closed meeting, for whoever
 * sees it, in the language asked for, else the person's own. The results are frozen first
 * if no one has yet, so two downloads always show the same figures.
 */
export async function protocolRoute(app: FastifyInstance) {
  app.get<{ Params: Parameters['path']; Querystring: Parameters['query'] }>(
    '/meetings/:meetingId/protocol',
    { schema: routeSchema('downloadMeetingProtocol'), preHandler: app.authenticate },
    async (request, reply) => {
      const { meetingId } = request.params;
      const protocol = await asViewer(app, request, async (sql, viewer, tenantId) => {
        const meeting = await meetingToRead(sql, { tenantId, meetingId, viewer });
        if (meeting.status !== 'closed') throw new ApiProblem(409, 'voting_not_closed');
        const found = await loadProtocol(sql, {
          tenantId,
          meetingId,
          locale: request.query?.locale ?? viewer.locale,
          tenantName: tenantOf(request).name,
          timeZone: meeting.timeZone,
        });
        if (!found) throw new Error(`meeting ${meetingId} closed but not frozen`);
        return found;
      });
      return sendFile(
        reply,
        { format: 'pdf', name: protocolFileName(protocol) },
        protocolPdf(protocol),
      );
    },
  );
}

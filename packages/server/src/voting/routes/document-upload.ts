import type { FastifyInstance } from 'fastify';
import type { paths } from '@atrium/sdk';
import { authOf } from '../../auth/authenticate.js';
import { routeSchema } from '../../contract/route-schema.js';
import { isUuid } from '../../contract/uuid.js';
import type { Sql } from '../../db/scope.js';
import { ApiProblem, forbidden } from '../../errors/problem.js';
import { asViewer, type Viewer } from '../../people/viewer.js';
import { isPdf } from '../../uploads/file-type.js';
import { acceptRawBodies, isUploadedFile } from '../../uploads/raw-body.js';
import { meetingFor } from '../access.js';
import { attachDocument, documentLimit } from '../documents/store.js';
import type { MeetingDocument } from '../types.js';

type Parameters = paths['/meetings/{meetingId}/documents']['post']['parameters'];

const unsupported = () =>
  new ApiProblem(415, 'unsupported_media_type', { detail: 'documentPdfOnly' });

/**
 * Those who may open the meeting attach its papers (403 for other viewers, 404 for anyone
 * who does not see it), and only while it is scheduled, so every voter reads the same:
 * 409 voting_started once it is open, voting_closed once it has closed.
 */
async function requireAttachable(
  sql: Sql,
  q: { tenantId: string; meetingId: string; viewer: Viewer },
) {
  const meeting = await meetingFor(sql, q);
  if (!meeting.mayManage) throw forbidden();
  if (meeting.status === 'open') throw new ApiProblem(409, 'voting_started');
  if (meeting.status === 'closed') throw new ApiProblem(409, 'voting_closed');
}

/**
 * POST /meetings/:meetingId/documents (VOTE-1): a manager or the property's board attaches
 * a PDF to a resolution before voting opens. A resolution of another meeting is 400 naming
 * `resolutionId` (the meeting exists, the query is what is wrong).
 */
export async function documentUploadRoute(app: FastifyInstance) {
  acceptRawBodies(app, {
    mediaTypes: ['application/pdf'],
    limit: documentLimit,
    refusal: unsupported,
  });
  app.post<{ Params: Parameters['path']; Querystring: Parameters['query'] }>(
    '/meetings/:meetingId/documents',
    {
      schema: routeSchema('uploadMeetingDocument'),
      // before the body is read: nobody who can't attach may make the server take 20 MB; a
      // malformed id is left to validation (400)
      onRequest: [
        app.authenticate,
        async (request) => {
          const { meetingId } = request.params;
          if (!isUuid(meetingId)) return;
          await asViewer(app, request, (sql, viewer, tenantId) =>
            requireAttachable(sql, { tenantId, meetingId, viewer }),
          );
        },
      ],
    },
    async (request, reply) => {
      const file = request.body;
      if (!isUploadedFile(file) || !isPdf(file.chunks)) throw unsupported();
      const { meetingId } = request.params;
      const { resolutionId, fileName } = request.query;
      const document = await asViewer(app, request, async (sql, viewer, tenantId) => {
        // again in the writing transaction: the window may have opened while the body came
        await requireAttachable(sql, { tenantId, meetingId, viewer });
        return attachDocument(sql, {
          tenantId,
          meetingId,
          resolutionId,
          name: fileName,
          bytes: file,
          uploadedBy: authOf(request).personId,
        });
      });
      return reply.code(201).send(document satisfies MeetingDocument);
    },
  );
}

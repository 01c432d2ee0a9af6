import type { FastifyInstance } from 'fastify';
import type { paths } from '@atrium/sdk';
import { routeSchema } from '../../contract/route-schema.js';
import { notFound } from '../../errors/problem.js';
import { asViewer } from '../../people/viewer.js';
import { sendFile } from '../../reports/file-reply.js';
import { withExtension } from '../../uploads/file-type.js';
import { meetingFor } from '../access.js';
import { documentStream, findDocument } from '../documents/store.js';

type Params = paths['/meetings/{meetingId}/documents/{documentId}']['get']['parameters']['path'];

/**
 * GET /meetings/:meetingId/documents/:documentId (VOTE-1): whoever sees the meeting gets
 * its papers, streamed from the large object; to anyone else they do not exist.
 */
export async function documentDownloadRoute(app: FastifyInstance) {
  app.get<{ Params: Params }>(
    '/meetings/:meetingId/documents/:documentId',
    { schema: routeSchema('downloadMeetingDocument'), preHandler: app.authenticate },
    async (request, reply) => {
      const { meetingId, documentId } = request.params;
      const found = await asViewer(app, request, async (sql, viewer, tenantId) => {
        await meetingFor(sql, { tenantId, meetingId, viewer });
        const document = await findDocument(sql, { tenantId, meetingId, documentId });
        return document && { tenantId, document };
      });
      if (!found) throw notFound();
      const { tenantId, document } = found;
      return sendFile(
        reply,
        { format: 'pdf', name: withExtension(document.name, 'pdf'), size: document.size },
        documentStream(app.db, { tenantId, documentId: document.id, size: document.size }),
      );
    },
  );
}

import type { FastifyInstance } from 'fastify';
import type { components, paths } from '@atrium/sdk';
import { authOf } from '../../auth/authenticate.js';
import { routeSchema } from '../../contract/route-schema.js';
import { ApiProblem, invalidInput, type FieldIssue } from '../../errors/problem.js';
import { tenantOf } from '../../tenancy/index.js';
import { requireUploader } from '../access.js';
import { formatOfContent, formatOfContentType } from '../formats.js';
import { ownership, saveAgentReport } from '../repository.js';
import { acceptReportFiles, type UploadedFile } from '../upload-body.js';

type Query = paths['/reports/agent']['post']['parameters']['query'];

const isUpload = (body: unknown): body is UploadedFile =>
  typeof body === 'object' && body !== null && 'chunks' in body && 'size' in body;

/**
 * POST /reports/agent (OWN-5): a manager or director uploads the agent report of an owner's
 * unit for a month, PDF or XLSX, whose bytes must be what its Content-Type says.
 */
export async function uploadRoute(app: FastifyInstance) {
  acceptReportFiles(app);
  app.post<{ Querystring: Query }>(
    '/reports/agent',
    {
      schema: routeSchema('uploadAgentReport'),
      // before the body is read: nobody else may make the server take in 20 MB
      onRequest: [app.authenticate, requireUploader(app)],
    },
    async (request, reply) => {
      const tenantId = tenantOf(request).id;
      const format = formatOfContentType(request.headers['content-type']);
      const file = request.body;
      if (!format || !isUpload(file) || formatOfContent(file.chunks) !== format) {
        throw new ApiProblem(415, 'unsupported_media_type', { detail: 'reportFileOnly' });
      }
      const { ownerId, unitId, month, fileName } = request.query;
      const stored = await app.db.withTenant(tenantId, async (sql) => {
        const found = await ownership(sql, tenantId, ownerId, unitId);
        const issues: FieldIssue[] = [];
        if (!found.unit) issues.push({ field: 'unitId', code: 'invalid_value' });
        if (!found.person || (found.unit && !found.owns)) {
          issues.push({ field: 'ownerId', code: 'invalid_value' });
        }
        if (issues.length) throw invalidInput(issues);
        return saveAgentReport(sql, {
          tenantId,
          ownerId,
          unitId,
          month,
          format,
          fileName: fileName ?? null,
          uploadedBy: authOf(request).personId,
          file,
        });
      });
      return reply.code(201).send(stored.report satisfies components['schemas']['Report']);
    },
  );
}

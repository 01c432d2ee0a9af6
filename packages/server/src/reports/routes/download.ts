import type { FastifyInstance } from 'fastify';
import { routeSchema } from '../../contract/route-schema.js';
import { notFound } from '../../errors/problem.js';
import { tenantOf } from '../../tenancy/index.js';
import { viewerOf } from '../access.js';
import { reportStream } from '../chunk-stream.js';
import { sendFile } from '../file-reply.js';
import { withExtension } from '../../uploads/file-type.js';
import { findAgentReport } from '../repository.js';

/**
 * GET /reports/agent/:reportId (OWN-5): the owner it was uploaded for and staff download
 * it, streamed from its chunks; to anyone else it does not exist.
 */
export async function downloadRoute(app: FastifyInstance) {
  app.get<{ Params: { reportId: string } }>(
    '/reports/agent/:reportId',
    { schema: routeSchema('downloadAgentReport'), preHandler: app.authenticate },
    async (request, reply) => {
      const tenantId = tenantOf(request).id;
      const stored = await app.db.withTenant(tenantId, async (sql) => {
        const viewer = await viewerOf(sql, request);
        const found = await findAgentReport(sql, tenantId, request.params.reportId);
        const allowed = found && (viewer.staffRole || found.ownerId === viewer.personId);
        return allowed ? found : null;
      });
      if (!stored) throw notFound();
      const { report, format } = stored;
      const name = withExtension(
        stored.fileName ?? `agent-report-${report.unitNumber}-${report.month}`,
        format,
      );
      return sendFile(
        reply,
        { format, name, size: stored.size },
        reportStream(app.db, {
          tenantId,
          reportId: report.id,
          revision: stored.revision,
          size: stored.size,
        }),
      );
    },
  );
}

import type { FastifyInstance } from 'fastify';
import type { Import, paths } from '@atrium/sdk';
import { authOf } from '../../auth/authenticate.js';
import { routeSchema } from '../../contract/route-schema.js';
import { ApiProblem } from '../../errors/problem.js';
import { tenantOf } from '../../tenancy/index.js';
import { acceptRawBodies, isUploadedFile } from '../../uploads/raw-body.js';
import { requireImporter } from '../access.js';
import { csvType, importFormatOf, xlsxType } from '../file/content.js';
import { insertImport } from '../repository.js';

type Query = paths['/imports']['post']['parameters']['query'];

/** At most 50 MB a file (the contract's createImport). */
export const importLimit = 50 * 1024 * 1024;

const unsupported = () =>
  new ApiProblem(415, 'unsupported_media_type', { detail: 'importFileOnly' });

/**
 * POST /imports (DIR-4): a manager or director uploads a filled-in template, CSV or XLSX as
 * its bytes show; it is stored and answered at once (202), then checked and written in the
 * background by this node's import job, which `wake` starts.
 */
export async function createRoute(app: FastifyInstance, options: { wake: () => void }) {
  acceptRawBodies(app, {
    mediaTypes: [csvType, xlsxType],
    limit: importLimit,
    refusal: unsupported,
  });
  app.post<{ Querystring: Query }>(
    '/imports',
    {
      schema: routeSchema('createImport'),
      // before the body is read: nobody who may not import makes the server take 50 MB
      onRequest: [app.authenticate, (request) => requireImporter(app, request)],
    },
    async (request, reply) => {
      const file = request.body;
      if (!isUploadedFile(file)) throw unsupported();
      const format = importFormatOf(request.headers['content-type'], file.chunks);
      if (!format) throw unsupported();
      const tenantId = tenantOf(request).id;
      const created = await app.db.withTenant(tenantId, (sql) =>
        insertImport(sql, {
          tenantId,
          kind: request.query.kind,
          format,
          fileName: request.query.fileName ?? null,
          file,
          uploadedBy: authOf(request).personId,
        }),
      );
      options.wake();
      return reply.code(202).send(created satisfies Import);
    },
  );
}

import type { FastifyInstance } from 'fastify';
import type { ImportErrorPage, ImportErrorsQuery } from '@atrium/sdk';
import { routeSchema } from '../../contract/route-schema.js';
import { requireDirectoryEditor } from '../../directory/access.js';
import { requestLocale } from '../../errors/handler.js';
import { notFound } from '../../errors/problem.js';
import { decodePosition, encodePosition } from '../../pagination/cursor.js';
import { asViewer } from '../../people/viewer.js';
import { listIssues } from '../error-rows.js';
import { findImport } from '../repository.js';

const isSeq = (part: string) => /^[1-9]\d{0,9}$/.test(part);

/**
 * GET /imports/:importId/errors (DIR-4): every bad row and column of an import in file
 * order, each reason in the request's language.
 */
export async function errorsRoute(app: FastifyInstance) {
  // The contract's default fills in limit before the handler runs.
  app.get<{
    Params: { importId: string };
    Querystring: ImportErrorsQuery & Required<Pick<ImportErrorsQuery, 'limit'>>;
  }>(
    '/imports/:importId/errors',
    { schema: routeSchema('listImportErrors'), preHandler: app.authenticate },
    async (request): Promise<ImportErrorPage> => {
      const { cursor, limit } = request.query;
      const after = decodePosition(cursor, [isSeq])?.map(Number)[0] ?? null;
      const locale = requestLocale(request);
      const page = await asViewer(app, request, async (sql, viewer, tenantId) => {
        requireDirectoryEditor(viewer);
        const { importId } = request.params;
        if (!(await findImport(sql, tenantId, importId))) throw notFound();
        return listIssues(sql, { tenantId, importId, after, limit, locale });
      });
      return {
        items: page.items,
        nextCursor: page.next === null ? null : encodePosition([String(page.next)]),
      };
    },
  );
}

import type { FastifyInstance } from 'fastify';
import type { ImportFormat, ImportKind, Locale } from '@atrium/sdk';
import { routeSchema } from '../../contract/route-schema.js';
import { requestLocale } from '../../errors/handler.js';
import { attachment } from '../../reports/disposition.js';
import { requireImporter } from '../access.js';
import { csvType, xlsxType } from '../file/content.js';
import { csvTemplate } from '../template/csv.js';
import { xlsxTemplate } from '../template/xlsx.js';

/**
 * GET /import-templates/:kind (DIR-4): the template of a kind of import, its instructions in
 * the language asked for (`locale`, else the request's); the header row's keys are the same
 * in every language.
 */
export async function templateRoute(app: FastifyInstance) {
  // The contract's default fills in format before the handler runs.
  app.get<{ Params: { kind: ImportKind }; Querystring: { format: ImportFormat; locale?: Locale } }>(
    '/import-templates/:kind',
    { schema: routeSchema('getImportTemplate'), preHandler: app.authenticate },
    async (request, reply) => {
      await requireImporter(app, request);
      const { kind } = request.params;
      const { format } = request.query;
      const locale = request.query.locale ?? requestLocale(request);
      reply
        .header('content-disposition', attachment(`atrium-${kind}-template.${format}`))
        .header('cache-control', 'private, no-store');
      return format === 'csv'
        ? reply.type(`${csvType}; charset=utf-8`).send(csvTemplate(kind, locale))
        : reply.type(xlsxType).send(xlsxTemplate(kind, locale));
    },
  );
}

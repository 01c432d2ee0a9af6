import type { FastifyInstance } from 'fastify';
import type { paths } from '@atrium/sdk';
import { routeSchema } from '../../contract/route-schema.js';
import { notFound } from '../../errors/problem.js';
import { ownerStats } from '../../stats/figures.js';
import { tenantOf } from '../../tenancy/index.js';
import { viewerOf } from '../access.js';
import { sendFile } from '../file-reply.js';
import { statementPdf } from '../statement/pdf.js';
import type { Statement } from '../statement/statement.js';
import { statementXlsx } from '../statement/xlsx.js';

type Parameters = paths['/reports/statements/{unitId}/{month}']['get']['parameters'];

/**
 * GET /reports/statements/:unitId/:month (OWN-5): the monthly statement of a unit, made on
 * request from the same snapshot figures as the statistics widget, for the unit's owners
 * and completed months only; in the language asked for, else the person's own.
 */
export async function statementRoute(app: FastifyInstance) {
  app.get<{ Params: Parameters['path']; Querystring: Parameters['query'] }>(
    '/reports/statements/:unitId/:month',
    { schema: routeSchema('downloadStatement'), preHandler: app.authenticate },
    async (request, reply) => {
      const tenant = tenantOf(request);
      const { unitId, month } = request.params;
      const { format, locale } = request.query;
      const statement = await app.db.withTenant(tenant.id, async (sql) => {
        const viewer = await viewerOf(sql, request);
        const unit = viewer.units.find((owned) => owned.id === unitId);
        if (!unit) return null;
        const stats = await ownerStats(sql, {
          tenantId: tenant.id,
          unitIds: [unitId],
          from: month,
          to: month,
        });
        const figures = stats.months.find((m) => m.month === month)?.figures;
        if (!figures) return null;
        return {
          locale: locale ?? viewer.locale,
          tenantName: tenant.name,
          currency: tenant.currency,
          unitNumber: unit.number,
          ownerName: viewer.name,
          month,
          figures,
        } satisfies Statement;
      });
      if (!statement) throw notFound();
      return sendFile(
        reply,
        { format, name: `statement-${statement.unitNumber}-${month}.${format}` },
        format === 'pdf' ? statementPdf(statement) : statementXlsx(statement),
      );
    },
  );
}

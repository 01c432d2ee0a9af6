import type { FastifyInstance } from 'fastify';
import type { paths } from '@atrium/sdk';
import { routeSchema } from '../../contract/route-schema.js';
import { asViewer } from '../../people/viewer.js';
import { sendFile } from '../../reports/file-reply.js';
import { unitsSeenBy } from '../access.js';
import { loadPaymentForm } from '../form/form.js';
import { paymentFormFileName, paymentFormPdf } from '../form/pdf.js';

type Parameters = paths['/accounts/{accountId}/payment-form']['get']['parameters'];

/**
 * GET /accounts/:accountId/payment-form (FIN-3): the month's charges less the payments booked
 * for it, with the payee's bank details and the transfer title, as a PDF in the language asked
 * for, else the person's own. Seen by whoever sees the account's entries (404 otherwise).
 */
export async function paymentFormRoute(app: FastifyInstance) {
  app.get<{ Params: Parameters['path']; Querystring: Parameters['query'] }>(
    '/accounts/:accountId/payment-form',
    { schema: routeSchema('downloadPaymentForm'), preHandler: app.authenticate },
    async (request, reply) => {
      const { accountId } = request.params;
      const { month, locale } = request.query;
      const form = await asViewer(app, request, (sql, viewer, tenantId) =>
        loadPaymentForm(sql, {
          tenantId,
          accountId,
          unitIds: unitsSeenBy(viewer),
          month,
          locale: locale ?? viewer.locale,
        }),
      );
      return sendFile(
        reply,
        { format: 'pdf', name: paymentFormFileName(form) },
        paymentFormPdf(form),
      );
    },
  );
}

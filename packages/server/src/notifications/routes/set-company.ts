import type { FastifyInstance } from 'fastify';
import type { CompanyNotification, NotificationKind, NotificationSettingInput } from '@atrium/sdk';
import { jsonBodyLimit } from '../../contract/body-limit.js';
import { routeSchema } from '../../contract/route-schema.js';
import { asViewer } from '../../people/viewer.js';
import { requireCompanyAdmin } from '../../auth/company-admin.js';
import { setCompanySetting } from '../settings.js';

/** PUT /notification-settings/:kind (NOTE-1): the company's setting of one kind. */
export async function setCompanyRoute(app: FastifyInstance) {
  app.put<{ Params: { kind: NotificationKind }; Body: NotificationSettingInput }>(
    '/notification-settings/:kind',
    {
      schema: routeSchema('setCompanyNotification'),
      bodyLimit: jsonBodyLimit('setCompanyNotification'),
      onRequest: app.authenticate,
    },
    async (request): Promise<CompanyNotification> =>
      asViewer(app, request, async (sql, viewer, tenantId) => {
        requireCompanyAdmin(viewer);
        const { kind } = request.params;
        const { setting } = request.body;
        await setCompanySetting(sql, { tenantId, kind, setting });
        return { kind, setting };
      }),
  );
}

import type { FastifyInstance } from 'fastify';
import type { CompanyNotificationList } from '@atrium/sdk';
import { routeSchema } from '../../contract/route-schema.js';
import { asViewer } from '../../people/viewer.js';
import { requireCompanyAdmin } from '../../auth/company-admin.js';
import { companySettings } from '../settings.js';

/** GET /notification-settings (NOTE-1): every kind with the company's setting. */
export async function listCompanyRoute(app: FastifyInstance) {
  app.get(
    '/notification-settings',
    { schema: routeSchema('listCompanyNotifications'), onRequest: app.authenticate },
    async (request): Promise<CompanyNotificationList> =>
      asViewer(app, request, async (sql, viewer, tenantId) => {
        requireCompanyAdmin(viewer);
        return { items: await companySettings(sql, tenantId) };
      }),
  );
}

import type { FastifyInstance } from 'fastify';
import type { Registration, RegistrationRejection } from '@atrium/sdk';
import { jsonBodyLimit } from '../../contract/body-limit.js';
import { routeSchema } from '../../contract/route-schema.js';
import { asViewer } from '../../people/viewer.js';
import { tenantOf } from '../../tenancy/index.js';
import { reject } from '../decide.js';
import { registrationById } from '../repository.js';

/**
 * POST /registrations/:registrationId/rejection (DIR-5): a manager or director turns the
 * request down; the person is told by SMS and e-mail, with the reason if given.
 */
export async function rejectRoute(app: FastifyInstance) {
  app.post<{ Params: { registrationId: string }; Body: RegistrationRejection }>(
    '/registrations/:registrationId/rejection',
    {
      schema: routeSchema('rejectRegistration'),
      bodyLimit: jsonBodyLimit('rejectRegistration'),
      onRequest: app.authenticate,
    },
    async (request): Promise<Registration> => {
      const { registrationId } = request.params;
      const decided = await asViewer(app, request, async (sql, viewer, tenantId) => {
        const tenant = tenantOf(request);
        const { reason } = request.body;
        await reject(sql, { tenant, viewer, registrationId, reason, smsFrom: app.sms.from });
        return registrationById(sql, tenantId, registrationId);
      });
      app.wakeMailer();
      app.sms.wake();
      return decided;
    },
  );
}

import type { FastifyInstance } from 'fastify';
import type { Registration, RegistrationApproval } from '@atrium/sdk';
import { jsonBodyLimit } from '../../contract/body-limit.js';
import { routeSchema } from '../../contract/route-schema.js';
import { asViewer } from '../../people/viewer.js';
import { tenantOf } from '../../tenancy/index.js';
import { approve } from '../decide.js';
import { registrationById } from '../repository.js';

/**
 * POST /registrations/:registrationId/approval (DIR-5): a manager or director makes the
 * request a person of the directory linked to a unit, invited and told by SMS.
 */
export async function approveRoute(app: FastifyInstance) {
  app.post<{ Params: { registrationId: string }; Body: RegistrationApproval }>(
    '/registrations/:registrationId/approval',
    {
      schema: routeSchema('approveRegistration'),
      bodyLimit: jsonBodyLimit('approveRegistration'),
      onRequest: app.authenticate,
    },
    async (request): Promise<Registration> => {
      const { registrationId } = request.params;
      const decided = await asViewer(app, request, async (sql, viewer, tenantId) => {
        const tenant = tenantOf(request);
        const input = request.body;
        await approve(sql, {
          tenant,
          viewer,
          registrationId,
          input,
          publicUrl: app.site.publicUrl,
          smsFrom: app.sms.from,
        });
        return registrationById(sql, tenantId, registrationId);
      });
      app.wakeMailer();
      app.sms.wake();
      return decided;
    },
  );
}

import type { FastifyInstance } from 'fastify';
import type { EmailChangeRequest, Profile } from '@atrium/sdk';
import { authOf } from '../../auth/authenticate.js';
import { countAttempt } from '../../auth/rate-limit.js';
import { jsonBodyLimit } from '../../contract/body-limit.js';
import { routeSchema } from '../../contract/route-schema.js';
import { asViewer } from '../../people/viewer.js';
import { tenantOf } from '../../tenancy/index.js';
import { requestEmailChange } from '../email-change.js';
import { loadProfile } from '../repository.js';

/** POST /me/email-change (FIN-4): the new address gets a link to confirm it. */
export async function emailChangeRoute(app: FastifyInstance) {
  app.post<{ Body: EmailChangeRequest }>(
    '/me/email-change',
    {
      schema: routeSchema('requestEmailChange'),
      bodyLimit: jsonBodyLimit('requestEmailChange'),
      onRequest: app.authenticate,
    },
    async (request, reply) => {
      const tenant = tenantOf(request);
      // Counted on its own, so a request refused (an address taken) counts too.
      await app.db.withTenant(tenant.id, (sql) =>
        countAttempt(sql, {
          tenantId: tenant.id,
          action: 'email_change',
          account: authOf(request).personId,
          address: request.ip,
        }),
      );
      const profile = await asViewer(app, request, async (sql, viewer): Promise<Profile> => {
        const { email } = request.body;
        const { personId } = viewer;
        await requestEmailChange(sql, { tenant, personId, email, publicUrl: app.site.publicUrl });
        return loadProfile(sql, tenant.id, viewer);
      });
      app.wakeMailer();
      return reply.code(202).send(profile);
    },
  );
}

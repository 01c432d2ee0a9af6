import type { FastifyInstance } from 'fastify';
import type {
  NotificationKind,
  NotificationPreference,
  NotificationSettingInput,
} from '@atrium/sdk';
import { jsonBodyLimit } from '../../contract/body-limit.js';
import { routeSchema } from '../../contract/route-schema.js';
import { one } from '../../db/scope.js';
import { notFound } from '../../errors/problem.js';
import { preferencesOf, setPersonSetting } from '../../notifications/settings.js';
import { asViewer } from '../../people/viewer.js';
import { kindsFor } from '../kinds.js';

/**
 * PUT /me/notification-settings/:kind (NOTE-1): one's own setting of a kind; a kind that
 * cannot reach the person is none of theirs (404).
 */
export async function notificationRoute(app: FastifyInstance) {
  app.put<{ Params: { kind: NotificationKind }; Body: NotificationSettingInput }>(
    '/me/notification-settings/:kind',
    {
      schema: routeSchema('setMyNotification'),
      bodyLimit: jsonBodyLimit('setMyNotification'),
      onRequest: app.authenticate,
    },
    async (request): Promise<NotificationPreference> =>
      asViewer(app, request, async (sql, viewer, tenantId) => {
        const { kind } = request.params;
        if (!kindsFor(viewer).includes(kind)) throw notFound();
        const { personId } = viewer;
        await setPersonSetting(sql, { tenantId, personId, kind, setting: request.body.setting });
        return one({ rows: await preferencesOf(sql, { tenantId, personId, kinds: [kind] }) });
      }),
  );
}

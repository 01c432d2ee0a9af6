import type { FastifyInstance } from 'fastify';
import type { AccountInput } from '@atrium/sdk';
import { jsonBodyLimit } from '../../../../contract/body-limit.js';
import { routeSchema } from '../../../../contract/route-schema.js';
import { asViewer } from '../../../../people/viewer.js';
import { createEntry } from '../../write.js';
import { accountById, accountColumns } from '../repository.js';
import { onceUnderKey } from '../../../../idempotency/once.js';

/**
 * POST /units/:unitId/accounts (DIR-3): managers and directors open an account for an
 * active unit; its number is the tenant's only one (number_taken).
 */
export async function createAccountRoute(app: FastifyInstance) {
  app.post<{ Params: { unitId: string }; Body: AccountInput }>(
    '/units/:unitId/accounts',
    {
      schema: routeSchema('createAccount'),
      bodyLimit: jsonBodyLimit('createAccount'),
      onRequest: app.authenticate,
    },
    async (request, reply) => {
      const account = await asViewer(app, request, async (sql, viewer, tenantId) => {
        const id = await onceUnderKey(sql, request, () =>
          createEntry(sql, 'account', {
            tenantId,
            viewer,
            body: request.body,
            columns: accountColumns,
            parentId: request.params.unitId,
          }),
        );
        return accountById(sql, { tenantId, id });
      });
      return reply.code(201).send(account);
    },
  );
}

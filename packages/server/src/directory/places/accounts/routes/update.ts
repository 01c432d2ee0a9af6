import type { FastifyInstance } from 'fastify';
import type { AccountChange, DirectoryAccount } from '@atrium/sdk';
import { jsonBodyLimit } from '../../../../contract/body-limit.js';
import { routeSchema } from '../../../../contract/route-schema.js';
import { asViewer } from '../../../../people/viewer.js';
import { changeEntry } from '../../write.js';
import { accountById, accountColumns } from '../repository.js';

/**
 * PATCH /accounts/:accountId: managers and directors renumber, close or reopen (only in an
 * active unit) an account; a closed one keeps its history.
 */
export async function updateAccountRoute(app: FastifyInstance) {
  app.patch<{ Params: { accountId: string }; Body: AccountChange }>(
    '/accounts/:accountId',
    {
      schema: routeSchema('updateAccount'),
      bodyLimit: jsonBodyLimit('updateAccount'),
      onRequest: app.authenticate,
    },
    async (request): Promise<DirectoryAccount> =>
      asViewer(app, request, async (sql, viewer, tenantId) => {
        const id = request.params.accountId;
        await changeEntry(sql, 'account', {
          tenantId,
          viewer,
          id,
          body: request.body,
          columns: accountColumns,
        });
        return accountById(sql, { tenantId, id });
      }),
  );
}

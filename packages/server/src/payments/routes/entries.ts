import type { FastifyInstance } from 'fastify';
import { routeSchema } from '../../contract/route-schema.js';
import { invalidInput, notFound } from '../../errors/problem.js';
import { decodeCursor, encodeCursor, isCursorTimestamp } from '../../pagination/cursor.js';
import { asViewer } from '../../people/viewer.js';
import { unitsSeenBy } from '../access.js';
import { accountVisible, listEntries } from '../repository.js';
import type { AccountEntriesQuery, AccountEntryPage } from '../types.js';

/**
 * GET /accounts/:accountId/entries (FIN-1): an account's charges, payments and settlements,
 * newest booked first, in pages; an account the caller may not see does not exist (404).
 */
export async function entriesRoute(app: FastifyInstance) {
  // The contract's default fills in limit before the handler runs.
  app.get<{
    Params: { accountId: string };
    Querystring: AccountEntriesQuery & Required<Pick<AccountEntriesQuery, 'limit'>>;
  }>(
    '/accounts/:accountId/entries',
    { schema: routeSchema('listAccountEntries'), preHandler: app.authenticate },
    async (request): Promise<AccountEntryPage> => {
      const { accountId } = request.params;
      const { cursor, limit, from, to } = request.query;
      // months as YYYY-MM compare as text
      if (from && to && to < from) throw invalidInput([{ field: 'to', code: 'out_of_range' }]);
      const after = decodeCursor(cursor, isCursorTimestamp);
      const page = await asViewer(app, request, async (sql, viewer, tenantId) => {
        const unitIds = unitsSeenBy(viewer);
        if (!(await accountVisible(sql, { tenantId, accountId, unitIds }))) throw notFound();
        return listEntries(sql, { tenantId, accountId, from, to, after, limit });
      });
      return { items: page.items, nextCursor: page.next && encodeCursor(page.next) };
    },
  );
}

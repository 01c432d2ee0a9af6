import type { FastifyInstance } from 'fastify';
import { routeSchema } from '../../contract/route-schema.js';
import { unitExists } from '../../directory/units.js';
import { notFound } from '../../errors/problem.js';
import { isUuid } from '../../contract/uuid.js';
import { decodePosition, encodePosition } from '../../pagination/cursor.js';
import { isStaff, asViewer } from '../../people/viewer.js';
import { requireAccountHolder, unitsSeenBy } from '../access.js';
import { listAccounts, type AccountKey } from '../repository.js';
import type { AccountPage, AccountsQuery } from '../types.js';

const anyText = () => true;
const encodeKey = (k: AccountKey) => encodePosition([k.propertyName, k.unitNumber, k.number, k.id]);
function decodeKey(cursor: string | undefined): AccountKey | null {
  const parts = decodePosition(cursor, [anyText, anyText, anyText, isUuid]);
  if (!parts) return null;
  const [propertyName = '', unitNumber = '', number = '', id = ''] = parts;
  return { propertyName, unitNumber, number, id };
}

/**
 * GET /accounts (FIN-1): owners and residents see the accounts of their units, staff every
 * account of the tenant; each with its balance. By property, unit and number, in pages.
 */
export async function accountsRoute(app: FastifyInstance) {
  // The contract's default fills in limit before the handler runs.
  app.get<{ Querystring: AccountsQuery & Required<Pick<AccountsQuery, 'limit'>> }>(
    '/accounts',
    { schema: routeSchema('listAccounts'), preHandler: app.authenticate },
    async (request): Promise<AccountPage> => {
      const { cursor, limit, unitId } = request.query;
      const after = decodeKey(cursor);
      const page = await asViewer(app, request, async (sql, viewer, tenantId) => {
        requireAccountHolder(viewer);
        if (unitId !== undefined) {
          const known = isStaff(viewer)
            ? await unitExists(sql, tenantId, unitId)
            : viewer.unitIds.includes(unitId);
          if (!known) throw notFound();
        }
        return listAccounts(sql, { tenantId, unitIds: unitsSeenBy(viewer), unitId, after, limit });
      });
      return { items: page.items, nextCursor: page.next && encodeKey(page.next) };
    },
  );
}

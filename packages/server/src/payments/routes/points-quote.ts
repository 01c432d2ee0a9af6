import type { FastifyInstance } from 'fastify';
import { routeSchema } from '../../contract/route-schema.js';
import { notFound } from '../../errors/problem.js';
import { asViewer } from '../../people/viewer.js';
import { requirePayer } from '../access.js';
import { debtOf, pendingPoints } from '../account-debt.js';
import { pointsAvailable } from '../points/available.js';
import { cardBalance, countCardLookup, maskedCard } from '../points/card.js';
import { usablePointsType } from '../points/type.js';
import { requireConfigured } from '../providers/unconfigured.js';
import type { PointsCard, PointsQuote } from '../types.js';

/**
 * POST /accounts/:accountId/points-quote (FIN-6): the card's balance in the type's loyalty
 * program and the points that may pay now. For those who pay the account (403, 404); the
 * account and the type are checked, and the look-up counted (429 past the limit), before the
 * program is asked anything, so nobody learns a card's balance through an account not theirs.
 */
export async function quotePointsRoute(app: FastifyInstance) {
  app.post<{ Params: { accountId: string }; Body: PointsCard }>(
    '/accounts/:accountId/points-quote',
    { schema: routeSchema('quotePoints'), preHandler: app.authenticate },
    async (request): Promise<PointsQuote> => {
      const { loyalty } = app.paymentProviders;
      requireConfigured(loyalty);
      const { accountId } = request.params;
      const { paymentTypeId, cardNumber } = request.body;
      const { debt, pending, type } = await asViewer(
        app,
        request,
        async (sql, viewer, tenantId) => {
          requirePayer(viewer);
          const owed = await debtOf(sql, { tenantId, accountId, unitIds: viewer.unitIds });
          if (owed === null) throw notFound();
          const usable = await usablePointsType(sql, { tenantId, paymentTypeId });
          await countCardLookup(sql, { tenantId, personId: viewer.personId, address: request.ip });
          return {
            debt: owed,
            pending: await pendingPoints(sql, { tenantId, accountId }),
            type: usable,
          };
        },
      );
      const balance = await cardBalance(loyalty, { program: type.program, cardNumber });
      return {
        paymentTypeId,
        card: maskedCard(cardNumber),
        cardBalance: balance,
        debt,
        maxPercent: type.maxPercent,
        pointValue: type.pointValue,
        available: pointsAvailable({ ...type, cardBalance: balance, debt, pending }),
      };
    },
  );
}

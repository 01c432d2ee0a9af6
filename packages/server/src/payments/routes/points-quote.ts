import type { FastifyInstance } from 'fastify';
import { routeSchema } from '../../contract/route-schema.js';
import { notFound } from '../../errors/problem.js';
import { asViewer } from '../../people/viewer.js';
import { unitsSeenBy } from '../access.js';
import { debtOf, pendingPoints } from '../points/account.js';
import { pointsAvailable } from '../points/available.js';
import { cardBalance, maskedCard } from '../points/card.js';
import { usablePointsType } from '../points/type.js';
import type { PointsCard, PointsQuote } from '../types.js';

/**
 * POST /accounts/:accountId/points-quote (FIN-6): the card's balance at the loyalty program
 * and the points that may pay now. The account and the type are checked before the program
 * is asked anything, so nobody learns a card's balance through an account not theirs.
 */
export async function quotePointsRoute(app: FastifyInstance) {
  app.post<{ Params: { accountId: string }; Body: PointsCard }>(
    '/accounts/:accountId/points-quote',
    { schema: routeSchema('quotePoints'), preHandler: app.authenticate },
    async (request): Promise<PointsQuote> => {
      const { accountId } = request.params;
      const { paymentTypeId, cardNumber } = request.body;
      const { debt, pending, type } = await asViewer(
        app,
        request,
        async (sql, viewer, tenantId) => {
          const owed = await debtOf(sql, { tenantId, accountId, unitIds: unitsSeenBy(viewer) });
          if (owed === null) throw notFound();
          return {
            debt: owed,
            pending: await pendingPoints(sql, { tenantId, accountId }),
            type: await usablePointsType(sql, { tenantId, paymentTypeId }),
          };
        },
      );
      const balance = await cardBalance(app.paymentProviders.loyalty, cardNumber);
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

import type { Sql } from '../../db/scope.js';
import type { Viewer } from '../../people/viewer.js';
import { notFound } from '../../errors/problem.js';
import { unitsSeenBy } from '../access.js';
import { debtOf, lockedDebt, pendingPoints } from './account.js';
import { pointsAvailable } from './available.js';
import { lastFour } from './card.js';
import { keyReused, rejected } from './refusals.js';
import {
  insertPointsPayment,
  markAsked,
  paymentUnderKey,
  type KeyedPayment,
  type PointsAsk,
} from './rows.js';
import { usablePointsType, type PointsType } from './type.js';

/** Where a points payment starts: a new one of a usable type, or the one its key made. */
export type PointsStart =
  | { kind: 'new'; ask: PointsAsk; type: PointsType }
  | { kind: 'resume'; ask: PointsAsk; payment: KeyedPayment };

const sameAsk = (made: KeyedPayment, ask: PointsAsk) =>
  made.method === 'points' &&
  made.accountId === ask.accountId &&
  made.paymentTypeId === ask.paymentTypeId &&
  made.points === ask.points &&
  made.cardLast4 === lastFour(ask.cardNumber) &&
  made.createdBy === ask.personId;

/**
 * Before the provider is asked anything: the account must be one the person sees (404), and
 * the key is either the payment it made before (a retry: resumed, if it asked the same) or
 * new, for an enabled points type (422).
 */
export async function startPointsPayment(
  sql: Sql,
  q: { viewer: Viewer; ask: PointsAsk },
): Promise<PointsStart> {
  const { ask } = q;
  const { tenantId, accountId } = ask;
  if ((await debtOf(sql, { tenantId, accountId, unitIds: unitsSeenBy(q.viewer) })) === null) {
    throw notFound();
  }
  const payment = await paymentUnderKey(sql, ask);
  if (!payment) {
    return { kind: 'new', ask, type: await usablePointsType(sql, ask) };
  }
  if (!sameAsk(payment, ask)) throw keyReused();
  if (payment.status === 'pending') await markAsked(sql, { tenantId, paymentId: payment.id });
  return { kind: 'resume', ask, payment };
}

/**
 * Checks the payment against FIN-6 with the account locked, and records it pending: money
 * must be owed, and the points may not be more than available, counting the account's
 * pending points payments as paid, so two at once never pass the cap together.
 */
export async function openPointsPayment(
  sql: Sql,
  q: { ask: PointsAsk; type: PointsType; cardBalance: number; provider: string },
): Promise<string> {
  const { ask, type } = q;
  const debt = await lockedDebt(sql, ask);
  if (!debt) throw rejected('points', 'nothing_owed');
  const pending = await pendingPoints(sql, ask);
  const available = pointsAvailable({ ...type, cardBalance: q.cardBalance, debt, pending });
  if (ask.points > available) {
    throw rejected('points', 'points_over_available', { limit: available });
  }
  const id = await insertPointsPayment(sql, {
    ...ask,
    amount: ask.points * type.pointValue,
    provider: q.provider,
    cardLast4: lastFour(ask.cardNumber),
  });
  if (!id) throw keyReused();
  return id;
}

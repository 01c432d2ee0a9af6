import type { Sql } from '../../db/scope.js';
import { notFound } from '../../errors/problem.js';
import type { Viewer } from '../../people/viewer.js';
import { requirePayer } from '../access.js';
import { debtOf, lockedDebt, pendingPoints } from '../account-debt.js';
import { markChecked } from '../payment-row.js';
import { keyReused, rejected } from '../refusals.js';
import { paymentUnderKey, type KeyedPayment } from '../under-key.js';
import { pointsAvailable } from './available.js';
import { lastFour } from './card.js';
import { insertPointsPayment, type PointsAsk } from './rows.js';
import { usablePointsType, type PointsType } from './type.js';

/** Where a points payment starts: a new one of a usable type, or the one its key made. */
export type PointsStart =
  | { kind: 'new'; ask: PointsAsk; type: PointsType }
  | { kind: 'resume'; ask: PointsAsk; payment: KeyedPayment };

/** A new payment recorded pending, or the one a request with the same key made meanwhile. */
export type Opened = { kind: 'new'; paymentId: string } | { kind: 'resume'; payment: KeyedPayment };

const sameAsk = (ask: PointsAsk) => (made: KeyedPayment) =>
  made.method === 'points' &&
  made.accountId === ask.accountId &&
  made.paymentTypeId === ask.paymentTypeId &&
  made.points === ask.points &&
  made.cardLast4 === lastFour(ask.cardNumber) &&
  made.createdBy === ask.personId;

/**
 * The payment the key made, if any (422 when it was for another ask); a pending one is noted
 * as asked after now, so the reconciliation leaves it to this request a while.
 */
async function resumable(sql: Sql, ask: PointsAsk): Promise<KeyedPayment | null> {
  const payment = await paymentUnderKey(sql, ask, sameAsk(ask));
  if (payment?.status === 'pending') {
    await markChecked(sql, { tenantId: ask.tenantId, paymentId: payment.id });
  }
  return payment;
}

/**
 * Before the card is looked up: only the account's owners and residents pay (403), on an
 * account the person sees (404); the key is either the payment it made before (a retry:
 * resumed) or new, for a type that is an enabled points type now (422). The type is read
 * again once the account is locked (openPointsPayment): it may change meanwhile.
 */
export async function startPointsPayment(
  sql: Sql,
  q: { viewer: Viewer; ask: PointsAsk },
): Promise<PointsStart> {
  const { ask } = q;
  requirePayer(q.viewer);
  const { tenantId, accountId } = ask;
  if ((await debtOf(sql, { tenantId, accountId, unitIds: q.viewer.unitIds })) === null) {
    throw notFound();
  }
  const payment = await resumable(sql, ask);
  if (payment) return { kind: 'resume', ask, payment };
  return { kind: 'new', ask, type: await usablePointsType(sql, ask) };
}

/**
 * Records the payment pending once FIN-6 allows it, with the account locked, so payments of
 * one account are checked one at a time. A request with the same key that made its payment
 * while this one looked the card up: that one is resumed. Else the type is read again and
 * held against a change (one changed meanwhile pays at its worth now, one switched off is
 * 422); money must be owed; the points may not be more than available, counting the account's
 * pending points payments as paid, so two at once never pass the cap together.
 */
export async function openPointsPayment(
  sql: Sql,
  q: { ask: PointsAsk; cardBalance: number; provider: string },
): Promise<Opened> {
  const { ask } = q;
  const debt = await lockedDebt(sql, ask);
  // read after the lock: the other request's payment on this account is committed by now
  const theirs = await resumable(sql, ask);
  if (theirs) return { kind: 'resume', payment: theirs };
  const type = await usablePointsType(sql, { ...ask, lock: 'share' });
  if (!debt) throw rejected('points', 'nothing_owed');
  const pending = await pendingPoints(sql, ask);
  const available = pointsAvailable({ ...type, cardBalance: q.cardBalance, debt, pending });
  if (ask.points > available) {
    throw rejected('points', 'points_over_available', { limit: available });
  }
  const paymentId = await insertPointsPayment(sql, {
    ...ask,
    amount: ask.points * type.pointValue,
    provider: q.provider,
    cardLast4: lastFour(ask.cardNumber),
  });
  if (paymentId) return { kind: 'new', paymentId };
  // the key made a payment on another account meanwhile: not this ask's
  throw keyReused();
}

import type { Scopes, Sql } from '../../db/scope.js';
import { findPayment } from '../payment-row.js';
import type { LoyaltyProvider } from '../providers/types.js';
import { settleFailed, settleSucceeded } from '../settle.js';
import type { Payment } from '../types.js';
import { cardBalance } from './card.js';
import { openPointsPayment, type PointsStart } from './open.js';
import { rejected } from './refusals.js';
import type { PointsAsk } from './rows.js';
import { fromProvider } from './unavailable.js';

interface Deps {
  db: Scopes;
  loyalty: LoyaltyProvider;
  log: { error(details: object, message: string): void };
}

async function paymentNow(sql: Sql, tenantId: string, paymentId: string): Promise<Payment> {
  const payment = await findPayment(sql, { tenantId, paymentId });
  if (!payment) throw new Error(`payment ${paymentId} vanished`);
  return payment;
}

/**
 * Pays with points (FIN-6): the payment is recorded pending, the points are debited under its
 * id (so however often this is retried, they are debited once), then it is booked. A provider
 * that fails leaves it pending, for a retry of the request or the reconciliation; a refused
 * debit fails it and books nothing. A payment its key made before is carried on if pending,
 * else answered as it ended.
 */
export async function payWithPoints(deps: Deps, start: PointsStart): Promise<Payment> {
  const { ask } = start;
  const { tenantId } = ask;
  if (start.kind === 'new') {
    const balance = await cardBalance(deps.loyalty, ask.cardNumber);
    const paymentId = await deps.db.withTenant(tenantId, (sql) =>
      openPointsPayment(sql, { ...start, cardBalance: balance, provider: deps.loyalty.name }),
    );
    return debitAndBook(deps, ask, paymentId);
  }
  const { payment } = start;
  if (payment.status === 'pending') return debitAndBook(deps, ask, payment.id);
  if (payment.failure === 'insufficient_points') {
    // refused as it was the first time, with the card's balance now
    const limit = await cardBalance(deps.loyalty, ask.cardNumber);
    throw rejected('points', 'insufficient_points', { limit });
  }
  return deps.db.withTenant(tenantId, (sql) => paymentNow(sql, tenantId, payment.id));
}

async function debitAndBook(deps: Deps, ask: PointsAsk, paymentId: string): Promise<Payment> {
  const { tenantId, cardNumber, points } = ask;
  const debit = await fromProvider(deps.loyalty.debit({ cardNumber, points, key: paymentId }));
  if (debit.kind === 'debited') return book(deps, tenantId, paymentId, debit.ref);
  const failure = debit.kind === 'insufficient' ? 'insufficient_points' : 'declined';
  await deps.db.withTenant(tenantId, (sql) => settleFailed(sql, { tenantId, paymentId, failure }));
  throw debit.kind === 'insufficient'
    ? rejected('points', 'insufficient_points', { limit: debit.balance })
    : rejected('cardNumber', 'card_not_found');
}

/** Books the debited payment; if that fails, the points go back and the payment fails. */
async function book(deps: Deps, tenantId: string, paymentId: string, ref: string) {
  try {
    return await deps.db.withTenant(tenantId, async (sql) => {
      await settleSucceeded(sql, { tenantId, paymentId, providerRef: ref });
      return paymentNow(sql, tenantId, paymentId);
    });
  } catch (error) {
    await giveBack(deps, tenantId, paymentId, ref);
    throw error;
  }
}

async function giveBack(deps: Deps, tenantId: string, paymentId: string, ref: string) {
  try {
    await deps.loyalty.refund(ref);
    await deps.db.withTenant(tenantId, (sql) =>
      settleFailed(sql, { tenantId, paymentId, failure: 'declined' }),
    );
  } catch (err) {
    // Still pending: the reconciliation books a debit that stands, fails one given back.
    deps.log.error({ err, paymentId }, 'giving back the points of a payment not booked failed');
  }
}

import type { Scopes } from '../../db/scope.js';
import type { Log } from '../log.js';
import { paymentNow } from '../payment-row.js';
import { ProviderRefused, type DebitResult, type LoyaltyProvider } from '../providers/types.js';
import { fromProvider } from '../providers/unavailable.js';
import { rejected } from '../refusals.js';
import { settleFailed, settleSucceeded } from '../settle.js';
import type { Payment } from '../types.js';
import type { KeyedPayment } from '../under-key.js';
import { cardBalance } from './card.js';
import { openPointsPayment, type PointsStart } from './open.js';
import type { PointsAsk } from './rows.js';

interface Deps {
  db: Scopes;
  loyalty: LoyaltyProvider;
  log: Log;
}

/** A points payment on its way: what was asked, in the program of its type. */
type Paying = PointsAsk & { program: string };

/**
 * Pays with points (FIN-6): the payment is recorded pending, the points are debited under its
 * id (so however often this is retried, they are debited once), then it is booked. A provider
 * that fails leaves it pending, for a retry of the request or the reconciliation; a refused
 * debit fails it and books nothing. A payment its key made before is carried on if pending,
 * else answered as it ended.
 */
export async function payWithPoints(deps: Deps, start: PointsStart): Promise<Payment> {
  const { ask } = start;
  if (start.kind === 'resume') return resume(deps, ask, start.payment);
  const paying = { ...ask, program: start.type.program };
  const balance = await cardBalance(deps.loyalty, paying);
  const opened = await deps.db.withTenant(ask.tenantId, (sql) =>
    openPointsPayment(sql, { ask, cardBalance: balance, provider: deps.loyalty.name }),
  );
  if (opened.kind === 'resume') return resume(deps, ask, opened.payment);
  return debitAndBook(deps, paying, opened.paymentId);
}

/**
 * A payment its key made: a pending one is debited and booked; one refused for want of
 * points is refused again, with the card's balance now; any other as it ended.
 */
async function resume(deps: Deps, ask: PointsAsk, payment: KeyedPayment): Promise<Payment> {
  if (payment.program === null) throw new Error(`payment ${payment.id} has no loyalty program`);
  const paying = { ...ask, program: payment.program };
  if (payment.status === 'pending') return debitAndBook(deps, paying, payment.id);
  if (payment.failure === 'insufficient_points') {
    const limit = await cardBalance(deps.loyalty, paying);
    throw rejected('points', 'insufficient_points', { limit });
  }
  const { tenantId } = ask;
  return deps.db.withTenant(tenantId, (sql) =>
    paymentNow(sql, { tenantId, paymentId: payment.id }),
  );
}

/** The debit under the payment's id; a call the program refuses (4xx) was made to no effect. */
async function debit(deps: Deps, paying: Paying, paymentId: string) {
  const { program, cardNumber, points } = paying;
  try {
    return await fromProvider(deps.loyalty.debit({ program, cardNumber, points, key: paymentId }));
  } catch (error) {
    if (!(error instanceof ProviderRefused)) throw error;
    deps.log.error({ err: error, paymentId }, 'the loyalty provider refused a debit');
    return { kind: 'refused' } as const;
  }
}

async function debitAndBook(deps: Deps, paying: Paying, paymentId: string): Promise<Payment> {
  const { tenantId } = paying;
  const result: DebitResult | { kind: 'refused' } = await debit(deps, paying, paymentId);
  if (result.kind === 'debited') return book(deps, tenantId, paymentId, result.ref);
  const failure = result.kind === 'insufficient' ? 'insufficient_points' : 'declined';
  await deps.db.withTenant(tenantId, (sql) => settleFailed(sql, { tenantId, paymentId, failure }));
  if (result.kind === 'insufficient') {
    throw rejected('points', 'insufficient_points', { limit: result.balance });
  }
  if (result.kind === 'unknown_card') throw rejected('cardNumber', 'card_not_found');
  // refused: the payment ended, declined
  return deps.db.withTenant(tenantId, (sql) => paymentNow(sql, { tenantId, paymentId }));
}

/** Books the debited payment; if that fails, the points go back and the payment fails. */
async function book(deps: Deps, tenantId: string, paymentId: string, ref: string) {
  try {
    return await deps.db.withTenant(tenantId, async (sql) => {
      await settleSucceeded(sql, { tenantId, paymentId, providerRef: ref });
      return paymentNow(sql, { tenantId, paymentId });
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

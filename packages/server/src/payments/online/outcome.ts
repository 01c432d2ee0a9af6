import type { Sql } from '../../db/scope.js';
import type { Log } from '../log.js';
import type { ProviderPayment } from '../providers/types.js';
import { settleFailed, settleSucceeded } from '../settle.js';
import { recordMismatch, type OnlinePayment } from './rows.js';

/** What became of a payment once the provider's word on it was applied. */
export type Applied = 'settled' | 'unchanged' | 'mismatch';

/** What the provider has of the payment that is not ours, in words; null when it is ours. */
function mismatchOf(payment: OnlinePayment, said: ProviderPayment, currency: string) {
  const differences = (
    [
      ['reference', said.reference, payment.id],
      // the provider's id is known once it opened the payment
      ['provider id', said.ref, payment.providerRef ?? said.ref],
      ['amount', said.amount, payment.amount],
      ['currency', said.currency, currency],
    ] as const
  )
    .filter(([, theirs, ours]) => theirs !== ours)
    .map(([what, theirs, ours]) => `${what} ${theirs} at the provider, ${ours} here`);
  return differences.length ? differences.join('; ') : null;
}

/**
 * Settles a payment as the provider says it stands, in the caller's transaction: succeeded is
 * booked (once, whoever says it first), failed or cancelled ends it with nothing booked, pending
 * changes nothing. The provider's payment must be ours: our id as its reference, the same
 * provider id once we know it, the same amount and currency; else nothing is settled, since
 * booking another amount would be worse, and the mismatch is recorded on the payment for staff
 * to look into (logged the first time).
 */
export async function applyProviderPayment(
  sql: Sql,
  q: { tenantId: string; currency: string; payment: OnlinePayment; said: ProviderPayment },
  log: Log,
): Promise<Applied> {
  const { tenantId, payment, said } = q;
  const paymentId = payment.id;
  const mismatch = mismatchOf(payment, said, q.currency);
  if (mismatch) {
    if (await recordMismatch(sql, { tenantId, paymentId, mismatch })) {
      log.error({ paymentId, said, mismatch }, 'the provider has another payment than ours');
    }
    return 'mismatch';
  }
  let changed = false;
  if (said.status === 'succeeded') {
    changed = await settleSucceeded(sql, { tenantId, paymentId, providerRef: said.ref });
  } else if (said.status !== 'pending') {
    const failure = said.failure ?? (said.status === 'cancelled' ? 'cancelled' : 'declined');
    changed = await settleFailed(sql, { tenantId, paymentId, failure });
  }
  return changed ? 'settled' : 'unchanged';
}

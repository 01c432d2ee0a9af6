import type { Sql } from '../../db/scope.js';
import type { ProviderPayment } from '../providers/types.js';
import { settleFailed, settleSucceeded } from '../settle.js';
import type { OnlinePayment } from './rows.js';

/** What became of a payment once the provider's word on it was applied. */
export type Applied = 'settled' | 'unchanged' | 'mismatch';

/**
 * Settles a payment as the provider says it stands, in the caller's transaction: succeeded is
 * booked (once, whoever says it first), failed or cancelled ends it with nothing booked, pending
 * changes nothing. The provider's payment must be ours: our id as its reference, the same
 * provider id once we know it, the same amount and currency; else nothing is settled
 * ('mismatch', for a person to look at), since booking another amount would be worse.
 */
export async function applyProviderPayment(
  sql: Sql,
  q: { tenantId: string; currency: string; payment: OnlinePayment; said: ProviderPayment },
): Promise<Applied> {
  const { tenantId, payment, said } = q;
  const ours =
    said.reference === payment.id &&
    (payment.providerRef === null || payment.providerRef === said.ref) &&
    said.amount === payment.amount &&
    said.currency === q.currency;
  if (!ours) return 'mismatch';
  const paymentId = payment.id;
  let changed = false;
  if (said.status === 'succeeded') {
    changed = await settleSucceeded(sql, { tenantId, paymentId, providerRef: said.ref });
  } else if (said.status !== 'pending') {
    const failure = said.failure ?? (said.status === 'cancelled' ? 'cancelled' : 'declined');
    changed = await settleFailed(sql, { tenantId, paymentId, failure });
  }
  return changed ? 'settled' : 'unchanged';
}

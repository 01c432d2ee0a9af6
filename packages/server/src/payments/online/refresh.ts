import type { Scopes } from '../../db/scope.js';
import type { Log } from '../log.js';
import { markChecked } from '../payment-row.js';
import type { PaymentProvider } from '../providers/types.js';
import { settleFailed } from '../settle.js';
import { applyProviderPayment, type Applied } from './outcome.js';
import type { OnlinePayment } from './rows.js';

/**
 * Asks the provider how a pending payment stands and settles it so (FIN-2): a person back
 * from the provider's page sees the outcome before the provider's notice comes, and the
 * reconciliation ends payments whose notice never came. One the provider no longer knows
 * never will be paid: it fails as `expired`. Throws what the provider's status throws.
 */
export async function refreshFromProvider(
  deps: { db: Scopes; provider: PaymentProvider; log: Log },
  q: { tenantId: string; currency: string; payment: OnlinePayment & { providerRef: string } },
): Promise<Applied> {
  const { tenantId } = q;
  const paymentId = q.payment.id;
  const said = await deps.provider.status(q.payment.providerRef);
  return deps.db.withTenant(tenantId, async (sql) => {
    await markChecked(sql, { tenantId, paymentId });
    if (said) return applyProviderPayment(sql, { ...q, said }, deps.log);
    const expired = await settleFailed(sql, { tenantId, paymentId, failure: 'expired' });
    return expired ? 'settled' : 'unchanged';
  });
}

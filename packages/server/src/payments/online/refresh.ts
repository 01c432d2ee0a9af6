import type { Scopes } from '../../db/scope.js';
import type { PaymentProvider } from '../providers/types.js';
import { applyProviderPayment, type Applied } from './outcome.js';
import { markChecked, type OnlinePayment } from './rows.js';

type Log = { error(details: object, message: string): void };

/**
 * Asks the provider how a pending payment stands and settles it so (FIN-2): a person back
 * from the provider's page sees the outcome before the provider's notice comes, and the
 * reconciliation ends payments whose notice never came. Throws ProviderUnavailable.
 */
export async function refreshFromProvider(
  deps: { db: Scopes; provider: PaymentProvider; log: Log },
  q: { tenantId: string; currency: string; payment: OnlinePayment & { providerRef: string } },
): Promise<Applied> {
  const said = await deps.provider.status(q.payment.providerRef);
  const applied = await deps.db.withTenant(q.tenantId, async (sql) => {
    await markChecked(sql, { tenantId: q.tenantId, paymentId: q.payment.id });
    return applyProviderPayment(sql, { ...q, said });
  });
  if (applied === 'mismatch') {
    deps.log.error({ paymentId: q.payment.id, said }, 'the provider has another payment than ours');
  }
  return applied;
}

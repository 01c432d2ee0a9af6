import { returnedPaymentParam } from '@atrium/sdk';
import type { Scopes } from '../../db/scope.js';
import { findPayment } from '../payment-row.js';
import { fromProvider } from '../points/unavailable.js';
import type { PaymentProvider } from '../providers/types.js';
import type { Payment } from '../types.js';
import { findOnlinePayment, setProviderPayment } from './rows.js';

interface Deps {
  db: Scopes;
  provider: PaymentProvider;
  /** Where the provider posts its events for this tenant. */
  notifyUrl: string;
}

/** The return address with our payment's id, for the portal to show its outcome. */
function returnTo(returnUrl: string, paymentId: string) {
  const url = new URL(returnUrl);
  url.searchParams.set(returnedPaymentParam, paymentId);
  return url.href;
}

/**
 * Opens the recorded payment at the provider and keeps its page (FIN-2), unless that was
 * done already: a retry of the request carries the same payment on. The provider's create is
 * idempotent on our id, so asking again after an answer was lost makes no second payment. A
 * provider that fails is 503 (the payment stays pending for the retry, or the job ends it).
 */
export async function startOnlinePayment(
  deps: Deps,
  q: { tenantId: string; tenantName: string; currency: string; paymentId: string },
): Promise<Payment> {
  const { tenantId, paymentId } = q;
  const provider = deps.provider.name;
  const payment = await deps.db.withTenant(tenantId, (sql) =>
    findOnlinePayment(sql, { tenantId, paymentId, provider }),
  );
  if (!payment) throw new Error(`payment ${paymentId} vanished`);
  if (payment.status === 'pending' && payment.providerRef === null) {
    const opened = await fromProvider(
      deps.provider.create({
        reference: paymentId,
        amount: payment.amount,
        currency: q.currency,
        description: `${q.tenantName} — ${payment.accountNumber}`,
        returnUrl: returnTo(payment.returnUrl, paymentId),
        notifyUrl: deps.notifyUrl,
      }),
    );
    await deps.db.withTenant(tenantId, (sql) =>
      setProviderPayment(sql, { tenantId, paymentId, ...opened }),
    );
  }
  const now = await deps.db.withTenant(tenantId, (sql) =>
    findPayment(sql, { tenantId, paymentId }),
  );
  if (!now) throw new Error(`payment ${paymentId} vanished`);
  return now;
}

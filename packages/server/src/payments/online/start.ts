import type { Locale } from '@atrium/sdk';
import type { Scopes } from '../../db/scope.js';
import type { Log } from '../log.js';
import { paymentNow } from '../payment-row.js';
import { ProviderRefused, type PaymentProvider } from '../providers/types.js';
import { fromProvider } from '../providers/unavailable.js';
import { settleFailed } from '../settle.js';
import type { Payment } from '../types.js';
import { returnTo } from './return-url.js';
import { findOnlinePayment, setProviderPayment } from './rows.js';

interface Deps {
  db: Scopes;
  provider: PaymentProvider;
  log: Log;
  /** Where the provider posts its events for this tenant. */
  notifyUrl: string;
}

/**
 * Opens the recorded payment at the provider and keeps its page (FIN-2), unless that was
 * done already: a retry of the request carries the same payment on. The provider's create is
 * idempotent on our id, so asking again after an answer was lost makes no second payment. A
 * provider that fails is 503 (the payment stays pending for the retry, or the job ends it); one
 * that refuses the payment (4xx) declines it, and it is answered as it ended.
 */
export async function startOnlinePayment(
  deps: Deps,
  q: {
    tenantId: string;
    tenantName: string;
    currency: string;
    paymentId: string;
    /** The payer's language, for the provider's page. */
    locale: Locale;
  },
): Promise<Payment> {
  const { tenantId, paymentId } = q;
  const provider = deps.provider.name;
  const payment = await deps.db.withTenant(tenantId, (sql) =>
    findOnlinePayment(sql, { tenantId, paymentId, provider }),
  );
  if (!payment) throw new Error(`payment ${paymentId} vanished`);
  if (payment.status === 'pending' && payment.providerRef === null) {
    try {
      const opened = await fromProvider(
        deps.provider.create({
          reference: paymentId,
          amount: payment.amount,
          currency: q.currency,
          description: `${q.tenantName} — ${payment.accountNumber}`,
          returnUrl: returnTo(payment.returnUrl, paymentId),
          notifyUrl: deps.notifyUrl,
          locale: q.locale,
        }),
      );
      await deps.db.withTenant(tenantId, (sql) =>
        setProviderPayment(sql, { tenantId, paymentId, ...opened }),
      );
    } catch (error) {
      if (!(error instanceof ProviderRefused)) throw error;
      deps.log.error({ err: error, paymentId }, 'the payment provider refused a payment');
      await deps.db.withTenant(tenantId, (sql) =>
        settleFailed(sql, { tenantId, paymentId, failure: 'declined' }),
      );
    }
  }
  return deps.db.withTenant(tenantId, (sql) => paymentNow(sql, { tenantId, paymentId }));
}

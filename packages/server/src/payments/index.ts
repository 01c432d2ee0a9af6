import type { FastifyInstance } from 'fastify';
import { startReconciliation } from './reconcile-job.js';
import { accountsRoute } from './routes/accounts.js';
import { createPaymentRoute } from './routes/create-payment.js';
import { entriesRoute } from './routes/entries.js';
import { paymentEventsRoute } from './routes/payment-events.js';
import { paymentFormRoute } from './routes/payment-form.js';
import { paymentTypesRoutes } from './routes/payment-types.js';
import { paymentRoute } from './routes/payment.js';
import { pointsPaymentRoute } from './routes/points-payment.js';
import { quotePointsRoute } from './routes/points-quote.js';

export interface PaymentsOptions {
  /** The operator's CORS origins: pages there may be returned to from the provider's page. */
  corsOrigins: string[];
  /** Run the reconciliation job on this node. */
  reconciliation: boolean;
}

/**
 * Unit accounts with their charges, payments, settlements and balance (FIN-1); paying online
 * through the provider (FIN-2) and with loyalty points (FIN-5, FIN-6); the monthly payment form
 * (FIN-3). Registered inside the `/t/:tenant` scope; payments left pending are reconciled by a
 * job while the app is up.
 */
export async function payments(app: FastifyInstance, options: PaymentsOptions) {
  if (options.reconciliation) {
    const job = startReconciliation({
      db: app.db,
      providers: app.paymentProviders,
      log: app.log,
      pollMs: app.jobPollMs,
    });
    app.addHook('onReady', async () => job.wake());
    app.addHook('onClose', () => job.stop());
  }
  await app.register(accountsRoute);
  await app.register(entriesRoute);
  await app.register(paymentTypesRoutes);
  await app.register(createPaymentRoute, { corsOrigins: options.corsOrigins });
  await app.register(paymentRoute);
  await app.register(paymentEventsRoute);
  await app.register(quotePointsRoute);
  await app.register(pointsPaymentRoute);
  await app.register(paymentFormRoute);
}

import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { createLoyaltySandbox, type SandboxCard } from '../../sandbox/loyalty/index.js';
import { createPaymentSandbox } from '../../sandbox/payments/index.js';
import { HttpLoyaltyProvider } from './http-loyalty-provider.js';
import { HttpPaymentProvider } from './http-payment-provider.js';
import type { PaymentProviders } from './types.js';
import { unconfiguredProviders } from './unconfigured.js';

export interface ProvidersOptions {
  /** The providers the operator configured; either may be missing. */
  given: Partial<PaymentProviders>;
  /** Stand the sandboxes in for the providers missing (never in production). */
  sandboxes: boolean;
  /** The cards the loyalty sandbox knows from the start (the demo's). */
  loyaltyCards: SandboxCard[];
}

/**
 * Decorates the app with its payment providers (`app.paymentProviders`) and the controls of
 * the sandboxes it mounts (`app.paymentSandboxes`). A provider not given is, in development
 * and the demo, a sandbox mounted on this server (`/sandbox/payments`, `/sandbox/loyalty`) and
 * spoken to over HTTP at the public address like any outside service; in production, one that
 * refuses every call (503 provider_unavailable), since a sandbox there would take payments no
 * money stands behind. The sandboxes serve the same HTTP APIs the adapters speak to the
 * operator's providers.
 */
export const paymentProviders = fp(
  async (app: FastifyInstance, options: ProvidersOptions) => {
    const fallback = unconfiguredProviders();
    // known once the server listens, so read at each call
    const at = (path: string) => () => {
      if (!app.site.publicUrl) throw new Error('the server is not listening yet');
      return new URL(path, app.site.publicUrl).href;
    };
    let { payments, loyalty } = options.given;
    const sandboxes: FastifyInstance['paymentSandboxes'] = { payments: null, loyalty: null };
    if (!payments && options.sandboxes) {
      const sandbox = createPaymentSandbox({ publicUrl: at('/sandbox/payments') });
      await app.register(sandbox.plugin, { prefix: '/sandbox/payments' });
      const { apiKey, webhookSecret } = sandbox.control;
      sandboxes.payments = sandbox.control;
      payments = new HttpPaymentProvider({
        baseUrl: at('/sandbox/payments'),
        apiKey,
        webhookSecret,
      });
    }
    if (!loyalty && options.sandboxes) {
      const sandbox = createLoyaltySandbox({ cards: options.loyaltyCards });
      await app.register(sandbox.plugin, { prefix: '/sandbox/loyalty' });
      sandboxes.loyalty = sandbox.control;
      loyalty = new HttpLoyaltyProvider({
        baseUrl: at('/sandbox/loyalty'),
        apiKey: sandbox.control.apiKey,
      });
    }
    app.decorate('paymentProviders', {
      payments: payments ?? fallback.payments,
      loyalty: loyalty ?? fallback.loyalty,
    });
    app.decorate('paymentSandboxes', sandboxes);
  },
  { name: 'payment-providers' },
);

import type { LoyaltySandboxControl } from '../../sandbox/loyalty/index.js';
import type { PaymentSandboxControl } from '../../sandbox/payments/index.js';
import type { PaymentProviders } from './types.js';

export * from './types.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** The payment and loyalty providers (the sandboxes unless the server was given others). */
    paymentProviders: PaymentProviders;
    /**
     * The controls of the sandboxes mounted on this server (null for a provider given), for the
     * demo's wiring and tests to plan their failures as the sandboxes' own tests do.
     */
    paymentSandboxes: {
      payments: PaymentSandboxControl | null;
      loyalty: LoyaltySandboxControl | null;
    };
  }
}

import type { PaymentProviders } from './types.js';

export * from './types.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** The payment and loyalty providers (the sandboxes unless the server was given others). */
    paymentProviders: PaymentProviders;
  }
}

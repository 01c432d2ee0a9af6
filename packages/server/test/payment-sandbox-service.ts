import { HttpPaymentProvider } from '../src/payments/providers/http-payment-provider.js';
import { createPaymentSandbox, type PaymentSandboxControl } from '../src/sandbox/payments/index.js';
import { serveForSuite } from './suite-service.js';

/** The payment sandbox run as the outside service it stands in for. */
export interface PaymentSandboxService {
  control: PaymentSandboxControl;
  /** The server's adapter for it, as PAYMENT_PROVIDER_URL and its key and secret make one. */
  provider: HttpPaymentProvider;
  /** Its address, once the suite's `before` has run. */
  url: () => string;
}

/**
 * A payment sandbox on a port of its own for the suite around it (listening in `before`,
 * closed in `after`), retrying notices quickly.
 */
export function usePaymentSandbox(): PaymentSandboxService {
  const sandbox = createPaymentSandbox({ retryDelaysMs: [20, 40, 80], deliveryTimeoutMs: 2000 });
  const url = serveForSuite(sandbox.plugin);
  const provider = new HttpPaymentProvider({
    baseUrl: url,
    apiKey: sandbox.control.apiKey,
    webhookSecret: sandbox.control.webhookSecret,
    timeoutMs: 500,
  });
  return { control: sandbox.control, provider, url };
}

import { HttpLoyaltyProvider } from '../src/payments/providers/http-loyalty-provider.js';
import {
  createLoyaltySandbox,
  type LoyaltySandboxControl,
  type SandboxCard,
} from '../src/sandbox/loyalty/index.js';
import { serveForSuite } from './suite-service.js';

/** The loyalty sandbox run as the outside service it stands in for. */
export interface LoyaltySandboxService {
  control: LoyaltySandboxControl;
  /** The server's adapter for it, as LOYALTY_PROVIDER_URL and its key make one. */
  provider: HttpLoyaltyProvider;
  /** Its address, once the suite's `before` has run. */
  url: () => string;
}

/**
 * A loyalty sandbox knowing `cards`, on a port of its own for the suite around it (listening
 * in `before`, closed in `after`); its adapter gives up on a call after `timeoutMs`.
 */
export function useLoyaltySandbox(cards: SandboxCard[], timeoutMs: number): LoyaltySandboxService {
  const sandbox = createLoyaltySandbox({ cards });
  const url = serveForSuite(sandbox.plugin, '/sandbox/loyalty');
  const provider = new HttpLoyaltyProvider({
    baseUrl: url,
    apiKey: sandbox.control.apiKey,
    timeoutMs,
  });
  return { control: sandbox.control, provider, url };
}

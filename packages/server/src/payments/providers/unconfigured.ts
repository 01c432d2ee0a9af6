import {
  ProviderUnavailable,
  type LoyaltyProvider,
  type PaymentProvider,
  type PaymentProviders,
} from './types.js';
import { providerUnavailable } from './unavailable.js';

/** The name of the providers that stand for none configured. */
export const unconfigured = 'unconfigured';

/**
 * 503 provider_unavailable for a payment no configured provider could ever take, before
 * anything of it is recorded.
 */
export function requireConfigured(provider: PaymentProvider | LoyaltyProvider) {
  if (provider.name === unconfigured) throw providerUnavailable();
}

const refuse = (name: string) => () =>
  Promise.reject(new ProviderUnavailable(name, new Error(`no ${name} provider is configured`)));

/**
 * Providers for a server given none where no sandbox may stand in (production): paying is
 * refused honestly (503, see requireConfigured) and nothing is pretended; every call is
 * ProviderUnavailable.
 */
export function unconfiguredProviders(): PaymentProviders {
  const payments: PaymentProvider = {
    name: unconfigured,
    maxReturnUrlLength: 0,
    create: refuse('payment'),
    status: refuse('payment'),
    verifyEvent: () => ({ kind: 'forged' }),
  };
  const loyalty: LoyaltyProvider = {
    name: unconfigured,
    lookup: refuse('loyalty'),
    debit: refuse('loyalty'),
    findDebit: refuse('loyalty'),
    refund: refuse('loyalty'),
  };
  return { payments, loyalty };
}

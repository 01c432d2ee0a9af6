import {
  ProviderUnavailable,
  type LoyaltyProvider,
  type PaymentProvider,
  type PaymentProviders,
} from './types.js';

const refuse = (name: string) => () =>
  Promise.reject(new ProviderUnavailable(name, new Error(`no ${name} provider is configured`)));

/**
 * Providers for a server given none where no sandbox may stand in (production): every call is
 * ProviderUnavailable, so paying is refused honestly (503) and nothing is pretended.
 */
export function unconfiguredProviders(): PaymentProviders {
  const payments: PaymentProvider = {
    name: 'unconfigured',
    create: refuse('payment'),
    status: refuse('payment'),
    verifyEvent: () => null,
  };
  const loyalty: LoyaltyProvider = {
    name: 'unconfigured',
    lookup: refuse('loyalty'),
    debit: refuse('loyalty'),
    findDebit: refuse('loyalty'),
    refund: refuse('loyalty'),
  };
  return { payments, loyalty };
}

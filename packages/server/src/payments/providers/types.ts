import type { PaymentFailure } from '../types.js';

/** A provider did not answer in time, failed, or answered what it never should: nothing is known. */
export class ProviderUnavailable extends Error {
  constructor(
    readonly provider: string,
    cause?: unknown,
  ) {
    super(`${provider} is unavailable`, { cause });
  }
}

/** What the payment provider says of a payment. */
export interface ProviderPayment {
  /** The provider's id of the payment. */
  ref: string;
  /** Our payment id, which we gave it as the payment's reference. */
  reference: string;
  status: 'pending' | 'succeeded' | 'failed' | 'cancelled';
  failure: Exclude<PaymentFailure, 'insufficient_points'> | null;
  amount: number;
  currency: string;
}

/** A notice from the provider whose signature and age were checked. */
export interface ProviderEvent {
  /** The provider's event id; an event is handled once. */
  id: string;
  type: string;
  payment: ProviderPayment;
}

/**
 * A hosted-payment provider (FIN-2). Every call may throw ProviderUnavailable; `create` is
 * idempotent on the reference, so it is safe to repeat after a failure.
 */
export interface PaymentProvider {
  /** The name in the contract's PaymentProvider enum and in the webhook's path. */
  readonly name: string;
  create(input: {
    reference: string;
    amount: number;
    currency: string;
    description: string;
    /** Where the provider's page sends the browser back. */
    returnUrl: string;
    /** Where the provider posts its signed events. */
    notifyUrl: string;
  }): Promise<{ ref: string; redirectUrl: string }>;
  /** The payment as the provider has it now. */
  status(ref: string): Promise<ProviderPayment>;
  /**
   * The event, if the body is signed with the shared secret and the signature is recent;
   * null for a forged, stale or malformed notice.
   */
  verifyEvent(
    rawBody: string,
    headers: Record<string, string | string[] | undefined>,
  ): ProviderEvent | null;
}

export type DebitResult =
  | { kind: 'debited'; ref: string; balance: number }
  | { kind: 'insufficient'; balance: number }
  | { kind: 'unknown_card' };

/**
 * A loyalty program's provider (FIN-5, FIN-6). Every call may throw ProviderUnavailable; a
 * debit is idempotent on its key: the same key is the same debit, whatever is sent again.
 */
export interface LoyaltyProvider {
  readonly name: string;
  /** The card's balance in whole points, or null when there is no such card. */
  lookup(cardNumber: string): Promise<{ balance: number } | null>;
  debit(input: { cardNumber: string; points: number; key: string }): Promise<DebitResult>;
  /** The debit made under the key, if any (for a payment whose answer was lost). */
  findDebit(key: string): Promise<{ ref: string; points: number } | null>;
  /** Gives a debit's points back. */
  refund(ref: string): Promise<void>;
}

/** The outside services payments talk to. */
export interface PaymentProviders {
  payments: PaymentProvider;
  loyalty: LoyaltyProvider;
}

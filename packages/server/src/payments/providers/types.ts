import type { Locale } from '@atrium/sdk';
import type { PaymentFailure } from '../types.js';

/**
 * A provider could not be reached, did not answer in time, or failed (a 5xx): nothing is known
 * of the call's effect, so it may be asked again later.
 */
export class ProviderUnavailable extends Error {
  constructor(
    readonly provider: string,
    cause?: unknown,
  ) {
    super(`${provider} is unavailable`, { cause });
  }
}

/**
 * A provider answered, but refused the call (a 4xx the call does not expect) or said what the
 * call cannot read: the call itself is at fault, not the provider, so asking again is no use.
 */
export class ProviderRefused extends Error {
  constructor(
    readonly provider: string,
    readonly status: number,
    cause?: unknown,
  ) {
    super(`${provider} refused the call (${status})`, { cause });
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

/** What a notice is: the provider's event; forged (or stale, or unsigned); or signed but no event. */
export type EventCheck =
  | { kind: 'event'; event: ProviderEvent }
  | { kind: 'forged' }
  | { kind: 'malformed'; field: string };

/**
 * A hosted-payment provider (FIN-2). Every call may throw ProviderUnavailable (ask again later)
 * or ProviderRefused (don't); `create` is idempotent on the reference, so it is safe to repeat
 * after a failure.
 */
export interface PaymentProvider {
  /** The name in the contract's PaymentProvider enum and in the webhook's path. */
  readonly name: string;
  /** The longest return address it takes (with our payment's id added to it). */
  readonly maxReturnUrlLength: number;
  create(input: {
    reference: string;
    amount: number;
    currency: string;
    description: string;
    /** Where the provider's page sends the browser back. */
    returnUrl: string;
    /** Where the provider posts its signed events. */
    notifyUrl: string;
    /** The language of the provider's page: the payer's. */
    locale: Locale;
  }): Promise<{ ref: string; redirectUrl: string }>;
  /** The payment as the provider has it now; null when it knows no such payment (any more). */
  status(ref: string): Promise<ProviderPayment | null>;
  /**
   * The notice checked: signed with the shared secret over the body's bytes as they came, and
   * recently; and then the provider's event.
   */
  verifyEvent(rawBody: Buffer, headers: Record<string, string | string[] | undefined>): EventCheck;
}

export type DebitResult =
  | { kind: 'debited'; ref: string; balance: number }
  | { kind: 'insufficient'; balance: number }
  | { kind: 'unknown_card' };

/**
 * A loyalty provider (FIN-5, FIN-6), running programs whose cards and points are their own: a
 * card number means a card within one program. Every call may throw ProviderUnavailable or
 * ProviderRefused; a debit is idempotent on its key: the same key is the same debit, whatever
 * is sent again.
 */
export interface LoyaltyProvider {
  readonly name: string;
  /** The card's balance in whole points, or null when the program has no such card. */
  lookup(program: string, cardNumber: string): Promise<{ balance: number } | null>;
  debit(input: {
    program: string;
    cardNumber: string;
    points: number;
    key: string;
  }): Promise<DebitResult>;
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

import { randomBytes } from 'node:crypto';
import type { Locale } from '@atrium/sdk';
import { KeyedAnswers, type Answer } from '../http.js';

export type SandboxStatus = 'pending' | 'succeeded' | 'failed' | 'cancelled';
/** What the person (or a test) does on the payment page. */
export type SandboxOutcome = 'succeeded' | 'declined' | 'cancelled';

/** A payment as the provider keeps it and shows it through its API. */
export interface SandboxPayment {
  id: string;
  object: 'payment';
  status: SandboxStatus;
  failureReason: 'declined' | 'cancelled' | null;
  /** In the currency's minor units. */
  amount: number;
  currency: string;
  /** The merchant's own id of the payment. */
  reference: string;
  description: string;
  redirectUrl: string;
  returnUrl: string;
  notifyUrl: string;
  /** The language of the payment page. */
  locale: Locale;
  /** Unix seconds. */
  created: number;
  completed: number | null;
}

export type PaymentRequest = Pick<
  SandboxPayment,
  'amount' | 'currency' | 'reference' | 'description' | 'returnUrl' | 'notifyUrl' | 'locale'
>;

const unixNow = () => Math.floor(Date.now() / 1000);

/**
 * The provider's books: payments, and the answer given for each Idempotency-Key. Every change
 * is synchronous from its check to its write, so on Node's one thread none interleave.
 */
export class PaymentLedger {
  private readonly payments = new Map<string, SandboxPayment>();
  private readonly keys = new KeyedAnswers();

  /**
   * Opens a payment; a repeat of the key gets the first answer, a key sent before with
   * another request is refused. No key: a new payment each time.
   */
  create(
    key: string | undefined,
    request: PaymentRequest,
    pageOf: (id: string) => string,
  ): Answer & { replayed: boolean } {
    return this.keys.answer(key, request, () => {
      const id = `pay_${randomBytes(12).toString('hex')}`;
      const payment: SandboxPayment = {
        id,
        object: 'payment',
        status: 'pending',
        failureReason: null,
        ...request,
        redirectUrl: pageOf(id),
        created: unixNow(),
        completed: null,
      };
      this.payments.set(id, payment);
      return { status: 201, body: { ...payment } };
    });
  }

  get(id: string): SandboxPayment | undefined {
    const payment = this.payments.get(id);
    return payment && { ...payment };
  }

  /** Ends a pending payment as the person chose; null when it was not pending. */
  complete(id: string, outcome: SandboxOutcome): SandboxPayment | null {
    const payment = this.payments.get(id);
    if (payment?.status !== 'pending') return null;
    payment.status =
      outcome === 'succeeded' ? 'succeeded' : outcome === 'declined' ? 'failed' : 'cancelled';
    payment.failureReason = outcome === 'succeeded' ? null : outcome;
    payment.completed = unixNow();
    return { ...payment };
  }

  /** Every payment, oldest first. */
  all(): SandboxPayment[] {
    return [...this.payments.values()].map((p) => ({ ...p }));
  }
}

import { html, nothing, type TemplateResult } from 'lit';
import type { ReactiveController } from 'lit';
import { initialState, Task, TaskStatus } from '@lit/task';
import { returnedPaymentParam, type AtriumClient, type Payment } from '@atrium/sdk';
import { asFailure } from '../core/action-controller.js';
import type { AtriumController } from '../core/atrium-controller.js';
import { errorText } from '../core/error-text.js';
import { money } from '../core/format.js';
import type { Translate } from '../core/i18n.js';
import type { PartHost } from '../core/part-host.js';

/** How often a pending payment is asked after, and how many times before the widget stops. */
const pollInterval = 2000;
const pollLimit = 30;

/** What the reader came back with: the payment as last seen, and whether the widget stopped asking. */
export interface Returned {
  payment: Payment;
  gaveUp: boolean;
}

/** Told once the payment's outcome is known (or the widget stops asking while it is pending). */
export type OnOutcome = (returned: Returned, text: string) => void;

/** Waits `ms`, or rejects when `signal` aborts. */
function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}

/** The payment's id in the page's address, where the server's return address put it. */
function paymentIdInAddress(): string | null {
  return new URL(location.href).searchParams.get(returnedPaymentParam);
}

/** The address without the payment's id: a reload does not report the payment again. */
function forgetPaymentInAddress(): void {
  const url = new URL(location.href);
  if (!url.searchParams.has(returnedPaymentParam)) return;
  url.searchParams.delete(returnedPaymentParam);
  history.replaceState(history.state, '', url);
}

/**
 * The reader back from the provider's payment page (FIN-2): the payment named in the page's
 * address (`atrium-payment`) is asked after until it is no longer pending — the server asks
 * the provider itself, so this is rarely more than once — or until the widget has asked
 * `pollLimit` times; its outcome is then said, and the id taken out of the address.
 */
export class ReturnedPayment implements ReactiveController {
  readonly paymentId = paymentIdInAddress();
  /** Left while still asking: it asks again once back in the page. */
  #resume = false;
  /** The payment as last seen while it was being asked after. */
  #latest: Payment | null = null;
  readonly #task: Task<
    readonly [AtriumClient | undefined, string | undefined, string | null],
    Returned
  >;

  constructor(
    private readonly host: PartHost,
    private readonly atrium: AtriumController,
    private readonly onOutcome: OnOutcome,
  ) {
    this.#task = new Task(host, {
      task: async ([client, personId, paymentId], { signal }) => {
        if (!client || !personId || !paymentId) return initialState;
        return this.#follow(client, paymentId, signal);
      },
      args: () => [atrium.client, atrium.session.me?.id, this.paymentId] as const,
    });
    host.addController(this);
  }

  hostConnected(): void {
    if (!this.#resume) return;
    this.#resume = false;
    void this.#task.run();
  }

  // A widget out of the page stops asking: the task alone would go on until its limit.
  hostDisconnected(): void {
    if (this.#task.status !== TaskStatus.PENDING) return;
    this.#resume = true;
    this.#task.abort();
  }

  async #follow(client: AtriumClient, paymentId: string, signal: AbortSignal): Promise<Returned> {
    let returned: Returned | null = null;
    try {
      for (let asked = 1; !returned; asked++) {
        const payment = await client.payments.payment(paymentId, { signal });
        this.#latest = payment;
        if (payment.status !== 'pending' || asked >= pollLimit) {
          returned = { payment, gaveUp: payment.status === 'pending' };
        } else {
          this.host.requestUpdate();
          await pause(pollInterval, signal);
        }
      }
    } catch (error) {
      // Not the reader's payment, or none: nothing to report again on a reload.
      if (!signal.aborted) forgetPaymentInAddress();
      throw error;
    }
    forgetPaymentInAddress();
    this.onOutcome(returned, this.#text(this.atrium.t, returned));
    return returned;
  }

  /** The outcome (or the wait) in the reader's words; nothing when no payment was named. */
  render(t: Translate): TemplateResult | typeof nothing {
    if (!this.paymentId) return nothing;
    const note = (text: string, outcome: string) =>
      html`<p part="payment-result" data-outcome=${outcome}>${text}</p>`;
    return this.#task.render({
      initial: () => note(t('returned.checking'), 'checking'),
      pending: () =>
        this.#latest
          ? note(this.#text(t, { payment: this.#latest, gaveUp: false }), 'pending')
          : note(t('returned.checking'), 'checking'),
      complete: (returned) =>
        note(this.#text(t, returned), returned.gaveUp ? 'pending' : returned.payment.status),
      error: (reason) => {
        const failure = asFailure(reason);
        // Not the reader's payment, or none: `not_found`'s general words would puzzle here.
        const text = failure.code === 'not_found' ? t('returned.notFound') : errorText(t, failure);
        return html`<p part="payment-result" data-outcome="unknown" role="alert">${text}</p>`;
      },
    });
  }

  #text(t: Translate, { payment, gaveUp }: Returned): string {
    const amount = money(payment.amount, payment.currency, this.atrium.locale);
    switch (payment.status) {
      case 'pending':
        return t(gaveUp ? 'returned.stillPending' : 'returned.pending', { amount });
      case 'succeeded':
        return t('returned.succeeded', { amount });
      case 'cancelled':
        return t('returned.cancelled', { amount });
      case 'failed':
        return t(`returned.failed.${payment.failure ?? 'declined'}`, { amount });
    }
  }
}

import type { Payment } from '@atrium/sdk';

export interface PaymentCompletedDetail {
  /** The payment as the server has it now: succeeded (booked), failed or cancelled. */
  payment: Payment;
}

/**
 * A payment made through the widget has its outcome: paid with points, or an online one the
 * reader came back from. Bubbles out of shadow roots, so the page can refresh what it shows.
 */
export class AtriumPaymentCompletedEvent extends CustomEvent<PaymentCompletedDetail> {
  constructor(detail: PaymentCompletedDetail) {
    super('atrium-payment-completed', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'atrium-payment-completed': AtriumPaymentCompletedEvent;
  }
}

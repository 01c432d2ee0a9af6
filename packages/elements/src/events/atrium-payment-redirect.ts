import type { Payment } from '@atrium/sdk';

export interface PaymentRedirectDetail {
  /** The pending online payment, as the server made it. */
  payment: Payment;
  /** The provider's payment page to send the reader to (`payment.redirectUrl`). */
  url: string;
}

/**
 * An online payment was made and the reader is about to go to the provider's payment page.
 * Cancelable: `preventDefault()` keeps the widget from calling `location.assign(url)`, so
 * the page can navigate itself (a router, a pop-up, a test).
 */
export class AtriumPaymentRedirectEvent extends CustomEvent<PaymentRedirectDetail> {
  constructor(detail: PaymentRedirectDetail) {
    super('atrium-payment-redirect', { detail, bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'atrium-payment-redirect': AtriumPaymentRedirectEvent;
  }
}

export interface PaymentFormDownloadDetail {
  accountId: string;
  /** The month of the form (`YYYY-MM`). */
  month: string;
  blob: Blob;
  fileName: string;
}

/**
 * A monthly payment form (FIN-3) finished downloading through a widget. Cancelable:
 * `preventDefault()` keeps the widget from saving it, so the page can use the Blob itself.
 */
export class AtriumPaymentFormDownloadEvent extends CustomEvent<PaymentFormDownloadDetail> {
  constructor(detail: PaymentFormDownloadDetail) {
    super('atrium-payment-form-download', {
      detail,
      bubbles: true,
      composed: true,
      cancelable: true,
    });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'atrium-payment-form-download': AtriumPaymentFormDownloadEvent;
  }
}

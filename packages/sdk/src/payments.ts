import type { CallOptions, KeyedCallOptions } from './auth.js';
import type { Download, DownloadOptions, DownloadedFile } from './download.js';
import type { Send } from './http.js';
import type {
  Account,
  AccountEntriesQuery,
  AccountEntryPage,
  AccountPage,
  AccountsQuery,
  Locale,
  Payment,
  PaymentInput,
  PaymentType,
  PaymentTypeChange,
  PaymentTypeInput,
  PaymentTypeList,
  PointsCard,
  PointsPaymentInput,
  PointsQuote,
} from './types.js';

/** The query parameter the server adds to `returnUrl` when the provider sends the person back. */
export const returnedPaymentParam = 'atrium-payment';

/**
 * Unit accounts (FIN-1), online payments through the provider (FIN-2), the monthly payment
 * form (FIN-3) and loyalty points (FIN-5, FIN-6).
 */
export interface PaymentsApi {
  /** One page of the accounts the person may see, with their balances (staff: all). */
  accounts(query?: AccountsQuery, opts?: CallOptions): Promise<AccountPage>;
  /** One page of an account's entries, newest first. */
  entries(
    accountId: string,
    query?: AccountEntriesQuery,
    opts?: CallOptions,
  ): Promise<AccountEntryPage>;
  /** The tenant's payment types (owners and residents: the enabled ones). */
  types(opts?: CallOptions): Promise<PaymentTypeList>;
  /** Adds a payment type (managers, directors). */
  createType(body: PaymentTypeInput, opts?: KeyedCallOptions): Promise<PaymentType>;
  /** Changes the fields sent of a payment type (managers, directors). */
  updateType(
    paymentTypeId: string,
    body: PaymentTypeChange,
    opts?: CallOptions,
  ): Promise<PaymentType>;
  /**
   * Starts an online payment; send the person to its `redirectUrl`. Every retry of one
   * click carries one key (made here unless given), so a payment is never made twice.
   */
  pay(accountId: string, body: PaymentInput, opts?: KeyedCallOptions): Promise<Payment>;
  /** A payment and where it stands; a pending one is asked after at the provider first. */
  payment(paymentId: string, opts?: CallOptions): Promise<Payment>;
  /** Looks a loyalty card up: its balance and the points that may pay now (FIN-6). */
  quotePoints(accountId: string, body: PointsCard, opts?: CallOptions): Promise<PointsQuote>;
  /** Pays with loyalty points: debited and booked together, or neither. */
  payWithPoints(
    accountId: string,
    body: PointsPaymentInput,
    opts?: KeyedCallOptions,
  ): Promise<Payment>;
  /** The month's payment form as PDF (FIN-3), in the locale asked for (the person's own by default). */
  downloadForm(
    account: Account | string,
    month: string,
    opts?: DownloadOptions & { locale?: Locale },
  ): Promise<DownloadedFile>;
}

export function createPayments(send: Send, download: Download): PaymentsApi {
  return {
    accounts: (query, opts) =>
      send({ method: 'get', path: '/accounts', query, auth: true, signal: opts?.signal }),

    entries: (accountId, query, opts) =>
      send({
        method: 'get',
        path: '/accounts/{accountId}/entries',
        pathParams: { accountId },
        query,
        auth: true,
        signal: opts?.signal,
      }),

    types: (opts) =>
      send({ method: 'get', path: '/payment-types', auth: true, signal: opts?.signal }),

    createType: (body, opts) =>
      send({
        method: 'post',
        path: '/payment-types',
        json: body,
        auth: true,
        idempotencyKey: opts?.idempotencyKey ?? true,
        signal: opts?.signal,
      }),

    updateType: (paymentTypeId, body, opts) =>
      // A PATCH to the values given: the same again changes nothing, so it is retried.
      send({
        method: 'patch',
        path: '/payment-types/{paymentTypeId}',
        pathParams: { paymentTypeId },
        json: body,
        auth: true,
        signal: opts?.signal,
      }),

    pay: (accountId, body, opts) =>
      send({
        method: 'post',
        path: '/accounts/{accountId}/payments',
        pathParams: { accountId },
        json: body,
        auth: true,
        idempotencyKey: opts?.idempotencyKey ?? true,
        signal: opts?.signal,
      }),

    payment: (paymentId, opts) =>
      send({
        method: 'get',
        path: '/payments/{paymentId}',
        pathParams: { paymentId },
        auth: true,
        signal: opts?.signal,
      }),

    quotePoints: (accountId, body, opts) =>
      // A POST so the card number stays out of the address; it only reads.
      send({
        method: 'post',
        path: '/accounts/{accountId}/points-quote',
        pathParams: { accountId },
        json: body,
        auth: true,
        signal: opts?.signal,
      }),

    payWithPoints: (accountId, body, opts) =>
      send({
        method: 'post',
        path: '/accounts/{accountId}/points-payments',
        pathParams: { accountId },
        json: body,
        auth: true,
        idempotencyKey: opts?.idempotencyKey ?? true,
        signal: opts?.signal,
      }),

    downloadForm: (account, month, opts = {}) => {
      const { locale, ...rest } = opts;
      const id = typeof account === 'string' ? account : account.id;
      const query = new URLSearchParams({ month, ...(locale ? { locale } : {}) });
      const href = `/accounts/${encodeURIComponent(id)}/payment-form?${query}`;
      return download({ href, contentType: 'application/pdf' }, rest);
    },
  };
}

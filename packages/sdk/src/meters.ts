import type { CallOptions, KeyedCallOptions } from './auth.js';
import type { Download, DownloadOptions, DownloadedFile } from './download.js';
import type { Send } from './http.js';
import type {
  Locale,
  Meter,
  MeterInput,
  MeterPage,
  MeterReadingPage,
  MeterReplacementInput,
  MeterReviewPage,
  MetersQuery,
  MeterReadingsQuery,
  MeterReviewQuery,
  ReadingReceipt,
  ReadingSubmission,
} from './types.js';

/** Meters and residents' readings (MTR-1, MTR-2). */
export interface MetersApi {
  /** One page of the meters the person may see, with the tenant's submission window. */
  list(query?: MetersQuery, opts?: CallOptions): Promise<MeterPage>;
  /**
   * Sends this window's readings, all stored or none. A broken rule of MTR-1 throws an
   * AtriumError `reading_rejected` whose `problem.errors` name each reading
   * (`readings.<i>.value`); an implausible one (`params.confirmable`) may be sent again with
   * `confirmImplausible` and a comment. Retried safely under one Idempotency-Key: pass your
   * own `idempotencyKey` to keep it across reloads (an offline queue).
   */
  submit(body: ReadingSubmission, opts?: KeyedCallOptions): Promise<ReadingReceipt>;
  /** One page of a meter's readings, newest first, with the consumption between them. */
  history(
    meterId: string,
    query?: MeterReadingsQuery,
    opts?: CallOptions,
  ): Promise<MeterReadingPage>;
  /** A meter's whole history as a CSV file, headings in `locale` (the person's by default). */
  exportCsv(
    meterId: string,
    query?: { locale?: Locale },
    opts?: DownloadOptions,
  ): Promise<DownloadedFile>;
  /** Installs a meter in a unit with its initial value (managers). */
  create(body: MeterInput, opts?: KeyedCallOptions): Promise<Meter>;
  /** Records a new device in the meter's place; its initial value is the next base (managers). */
  recordReplacement(
    meterId: string,
    body: MeterReplacementInput,
    opts?: KeyedCallOptions,
  ): Promise<Meter>;
  /** One page of a month's missing and flagged readings (managers). */
  review(query?: MeterReviewQuery, opts?: CallOptions): Promise<MeterReviewPage>;
}

export function createMeters(send: Send, download: Download): MetersApi {
  return {
    list: (query, opts) =>
      send({ method: 'get', path: '/meters', query, auth: true, signal: opts?.signal }),

    submit: (body, opts) =>
      send({
        method: 'post',
        path: '/meters/readings',
        json: body,
        auth: true,
        idempotencyKey: opts?.idempotencyKey ?? true,
        signal: opts?.signal,
      }),

    history: (meterId, query, opts) =>
      send({
        method: 'get',
        path: '/meters/{meterId}/readings',
        pathParams: { meterId },
        query,
        auth: true,
        signal: opts?.signal,
      }),

    exportCsv: (meterId, query, opts) => {
      const locale = query?.locale ? `?locale=${query.locale}` : '';
      const href = `/meters/${encodeURIComponent(meterId)}/readings/export${locale}`;
      return download({ href, contentType: 'text/csv' }, opts);
    },

    create: (body, opts) =>
      send({
        method: 'post',
        path: '/meters',
        json: body,
        auth: true,
        idempotencyKey: opts?.idempotencyKey ?? true,
        signal: opts?.signal,
      }),

    recordReplacement: (meterId, body, opts) =>
      send({
        method: 'post',
        path: '/meters/{meterId}/replacement',
        pathParams: { meterId },
        json: body,
        auth: true,
        idempotencyKey: opts?.idempotencyKey ?? true,
        signal: opts?.signal,
      }),

    review: (query, opts) =>
      send({ method: 'get', path: '/meters/review', query, auth: true, signal: opts?.signal }),
  };
}

import type { CallOptions, KeyedCallOptions } from './auth.js';
import type { Download, DownloadOptions, DownloadedFile } from './download.js';
import type { Send } from './http.js';
import type {
  CommentInput,
  PhotoUpload,
  ReopenInput,
  StatusChangeInput,
  TicketDetail,
  TicketInput,
  TicketPage,
  TicketPhoto,
  TicketPhotoContentType,
  TicketsQuery,
} from './types.js';
import { fetchWithUploadProgress, type UploadProgress } from './upload-progress.js';

export interface PhotoUploadOptions extends CallOptions {
  /** The name the file had on the device. */
  fileName?: string;
  /** Called as the photo's bytes leave. */
  onProgress?: UploadProgress;
}

/** Fault tickets with photos, statuses and a timeline (TKT-1). */
export interface TicketsApi {
  /** One page of the tickets the person may follow, newest first (staff: all). */
  list(query?: TicketsQuery, opts?: CallOptions): Promise<TicketPage>;
  /** Reports a fault; photos are uploaded first and named by id. */
  create(body: TicketInput, opts?: KeyedCallOptions): Promise<TicketDetail>;
  /** A ticket with its photos and timeline (internal comments for staff only). */
  get(ticketId: string, opts?: CallOptions): Promise<TicketDetail>;
  /** Comments; staff may mark a comment internal. */
  comment(ticketId: string, body: CommentInput, opts?: KeyedCallOptions): Promise<TicketDetail>;
  /** Moves a ticket along TKT-1's transitions (staff); the reporter is told by e-mail. */
  changeStatus(
    ticketId: string,
    body: StatusChangeInput,
    opts?: CallOptions,
  ): Promise<TicketDetail>;
  /** Reopens a resolved ticket within the tenant's days (`reopenableUntil`). */
  reopen(ticketId: string, body: ReopenInput, opts?: CallOptions): Promise<TicketDetail>;
  /**
   * Uploads a photo (JPEG, PNG or WebP, at most 10 MB) for a ticket about to be created.
   * With `onProgress` in a browser the bytes go by XMLHttpRequest, the only way to count
   * them: hooks still run, but a custom `fetch` of the client is not used for that call.
   */
  uploadPhoto(file: Blob, opts?: PhotoUploadOptions): Promise<PhotoUpload>;
  /** Discards an uploaded photo not yet named in a ticket. */
  discardPhoto(photoId: string, opts?: CallOptions): Promise<void>;
  /** A ticket's photo as a Blob (an `<img>` can't send the access token itself). */
  downloadPhoto(photo: TicketPhoto | string, opts?: DownloadOptions): Promise<DownloadedFile>;
}

const photoTypes: readonly string[] = ['image/jpeg', 'image/png', 'image/webp'];

export function createTickets(send: Send, download: Download, baseFetch: typeof fetch): TicketsApi {
  return {
    list: (query, opts) =>
      send({ method: 'get', path: '/tickets', query, auth: true, signal: opts?.signal }),

    create: (body, opts) =>
      send({
        method: 'post',
        path: '/tickets',
        json: body,
        auth: true,
        idempotencyKey: opts?.idempotencyKey ?? true,
        signal: opts?.signal,
      }),

    get: (ticketId, opts) =>
      send({
        method: 'get',
        path: '/tickets/{ticketId}',
        pathParams: { ticketId },
        auth: true,
        signal: opts?.signal,
      }),

    comment: (ticketId, body, opts) =>
      send({
        method: 'post',
        path: '/tickets/{ticketId}/comments',
        pathParams: { ticketId },
        json: body,
        auth: true,
        idempotencyKey: opts?.idempotencyKey ?? true,
        signal: opts?.signal,
      }),

    // Without Idempotency-Key, so never retried: a move replayed after a lost answer would
    // be refused as an invalid transition although it was made.
    changeStatus: (ticketId, body, opts) =>
      send({
        method: 'post',
        path: '/tickets/{ticketId}/status',
        pathParams: { ticketId },
        json: body,
        auth: true,
        signal: opts?.signal,
      }),

    reopen: (ticketId, body, opts) =>
      send({
        method: 'post',
        path: '/tickets/{ticketId}/reopening',
        pathParams: { ticketId },
        json: body,
        auth: true,
        signal: opts?.signal,
      }),

    uploadPhoto: (file, opts = {}) =>
      // A POST without Idempotency-Key, so never retried; an orphan draft expires in a day.
      send({
        method: 'post',
        path: '/ticket-photos',
        query: opts.fileName === undefined ? undefined : { fileName: opts.fileName },
        upload: {
          body: file,
          // The server checks the bytes; an unknown type is sent as it is, to be refused.
          contentType: (photoTypes.includes(file.type)
            ? file.type
            : file.type || 'application/octet-stream') as TicketPhotoContentType,
        },
        auth: true,
        timeout: 120_000,
        fetch: opts.onProgress ? fetchWithUploadProgress(opts.onProgress, baseFetch) : undefined,
        signal: opts.signal,
      }),

    discardPhoto: (photoId, opts) =>
      send({
        method: 'delete',
        path: '/ticket-photos/{photoId}',
        pathParams: { photoId },
        auth: true,
        signal: opts?.signal,
      }),

    downloadPhoto: (photo, opts) => download(photo, opts),
  };
}

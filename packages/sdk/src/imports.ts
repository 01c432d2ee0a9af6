import type { CallOptions } from './auth.js';
import type { Download, DownloadOptions, DownloadedFile } from './download.js';
import type { Send } from './http.js';
import type {
  Import,
  ImportContentType,
  ImportErrorPage,
  ImportErrorsQuery,
  ImportFormat,
  ImportKind,
  ImportPage,
  ImportsQuery,
  Locale,
} from './types.js';
import { fetchWithUploadProgress, type UploadProgress } from './upload-progress.js';

export interface ImportUploadOptions extends CallOptions {
  /** The name the file had on the uploader's device. */
  fileName?: string;
  /** Called as the file's bytes leave. */
  onProgress?: UploadProgress;
}

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Properties, units, accounts and people from template files (DIR-4); managers, directors. */
export interface ImportsApi {
  /** The template of a kind of import, with its instructions in a language. */
  template(
    kind: ImportKind,
    query?: { format?: ImportFormat; locale?: Locale },
    opts?: DownloadOptions,
  ): Promise<DownloadedFile>;
  /**
   * Uploads a filled-in template (CSV or XLSX, at most 50 MB). The answer comes at once:
   * follow the import with `get` until its status is `invalid`, `done` or `failed`.
   */
  upload(kind: ImportKind, file: Blob, opts?: ImportUploadOptions): Promise<Import>;
  /** One page of the tenant's imports, newest first. */
  list(query?: ImportsQuery, opts?: CallOptions): Promise<ImportPage>;
  /** One import and how far it has got. */
  get(importId: string, opts?: CallOptions): Promise<Import>;
  /** Its bad rows and columns, in file order, each with a reason in the client's language. */
  errors(importId: string, query?: ImportErrorsQuery, opts?: CallOptions): Promise<ImportErrorPage>;
}

export function createImports(send: Send, download: Download, baseFetch: typeof fetch): ImportsApi {
  return {
    template: (kind, query = {}, opts) => {
      const format = query.format ?? 'xlsx';
      const params = new URLSearchParams({ format, ...(query.locale && { locale: query.locale }) });
      const href = `/import-templates/${encodeURIComponent(kind)}?${params.toString()}`;
      return download({ href, contentType: format === 'csv' ? 'text/csv' : xlsxType }, opts);
    },

    upload: (kind, file, opts = {}) =>
      // A POST without Idempotency-Key, so never retried: the import may already be running.
      send({
        method: 'post',
        path: '/imports',
        query: { kind, ...(opts.fileName !== undefined && { fileName: opts.fileName }) },
        upload: {
          body: file,
          // A sheet is known by its type; anything else goes as CSV, for the server to judge.
          contentType: (file.type === xlsxType ? xlsxType : 'text/csv') as ImportContentType,
        },
        auth: true,
        timeout: 300_000,
        fetch: opts.onProgress ? fetchWithUploadProgress(opts.onProgress, baseFetch) : undefined,
        signal: opts.signal,
      }),

    list: (query, opts) =>
      send({ method: 'get', path: '/imports', query, auth: true, signal: opts?.signal }),

    get: (importId, opts) =>
      send({
        method: 'get',
        path: '/imports/{importId}',
        pathParams: { importId },
        auth: true,
        signal: opts?.signal,
      }),

    errors: (importId, query, opts) =>
      send({
        method: 'get',
        path: '/imports/{importId}/errors',
        pathParams: { importId },
        query,
        auth: true,
        signal: opts?.signal,
      }),
  };
}

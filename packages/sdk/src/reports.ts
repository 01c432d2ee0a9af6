import type { CallOptions } from './auth.js';
import { fileNameOf } from './content-disposition.js';
import { toAtriumError } from './errors.js';
import type { FileSend, Send } from './http.js';
import type {
  AgentReportTarget,
  Report,
  ReportContentType,
  ReportFile,
  ReportPage,
  ReportsQuery,
  UploadBody,
} from './types.js';

export interface DownloadOptions extends CallOptions {
  /** Called as bytes arrive; `total` is null when the server does not say the size. */
  onProgress?: (loaded: number, total: number | null) => void;
}

export interface DownloadedFile {
  blob: Blob;
  /** From `Content-Disposition`, else the last segment of the address. */
  fileName: string;
  contentType: string;
}

/** Agent reports and monthly statements for owners (OWN-5). */
export interface ReportsApi {
  /** One page of the reports the signed-in person may download, newest month first. */
  list(query?: ReportsQuery, opts?: CallOptions): Promise<ReportPage>;
  /** Streams one file of a report (or any `href` the contract gave) into a Blob. */
  download(file: ReportFile | string, opts?: DownloadOptions): Promise<DownloadedFile>;
  /** Uploads an agent report for an owner, unit and month; replaces one of the same format (managers). */
  uploadAgentReport(
    target: AgentReportTarget,
    body: UploadBody,
    contentType: ReportContentType,
    opts?: CallOptions,
  ): Promise<Report>;
}

// The decompressed bytes are what is read: a compressed length would never be reached.
function declaredSize(response: Response): number | null {
  if (response.headers.get('content-encoding')) return null;
  const length = Number(response.headers.get('content-length') ?? Number.NaN);
  return Number.isSafeInteger(length) && length >= 0 ? length : null;
}

async function readBody(
  response: Response,
  total: number | null,
  onProgress: DownloadOptions['onProgress'],
): Promise<Blob[]> {
  onProgress?.(0, total);
  if (!response.body) {
    const blob = await response.blob();
    onProgress?.(blob.size, total);
    return [blob];
  }
  const parts: Blob[] = [];
  let loaded = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return parts;
    parts.push(new Blob([value]));
    loaded += value.byteLength;
    onProgress?.(loaded, total);
  }
}

const lastSegment = (href: string) =>
  decodeURIComponent(href.split('?')[0]?.split('/').pop() ?? '') || 'download';

export function createReports(send: Send, sendFile: FileSend): ReportsApi {
  return {
    list: (query, opts) =>
      send({ method: 'get', path: '/reports', query, auth: true, signal: opts?.signal }),

    async download(file, opts = {}) {
      const href = typeof file === 'string' ? file : file.href;
      const accept = typeof file === 'string' ? '*/*' : file.contentType;
      const response = await sendFile({ href, accept, signal: opts.signal });
      const contentType = response.headers.get('content-type') ?? accept;
      const total = declaredSize(response) ?? (typeof file === 'string' ? null : file.size);
      try {
        const parts = await readBody(response, total, opts.onProgress);
        return {
          blob: new Blob(parts, { type: contentType }),
          fileName: fileNameOf(response.headers.get('content-disposition')) ?? lastSegment(href),
          contentType,
        };
      } catch (error) {
        // The connection dropped or the caller aborted halfway through the body.
        throw await toAtriumError(error, opts.signal);
      }
    },

    uploadAgentReport: (target, body, contentType, opts) =>
      // A POST without Idempotency-Key, so never retried; a new upload replaces the old one.
      send({
        method: 'post',
        path: '/reports/agent',
        query: target,
        upload: { body, contentType },
        auth: true,
        timeout: 300_000,
        signal: opts?.signal,
      }),
  };
}

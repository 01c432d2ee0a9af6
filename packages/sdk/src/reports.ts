import type { CallOptions } from './auth.js';
import type { Download, DownloadOptions, DownloadedFile } from './download.js';
import type { Send } from './http.js';
import type {
  AgentReportTarget,
  Report,
  ReportContentType,
  ReportFile,
  ReportPage,
  ReportsQuery,
  UploadBody,
} from './types.js';

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

export function createReports(send: Send, download: Download): ReportsApi {
  return {
    list: (query, opts) =>
      send({ method: 'get', path: '/reports', query, auth: true, signal: opts?.signal }),

    download,

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

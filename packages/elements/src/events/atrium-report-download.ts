import type { Report, ReportFile } from '@atrium/sdk';

export interface ReportDownloadDetail {
  report: Report;
  file: ReportFile;
  blob: Blob;
  fileName: string;
}

/**
 * A report file finished downloading through a widget. Cancelable: `preventDefault()`
 * keeps the widget from saving it, so the page can show or store the Blob itself.
 */
export class AtriumReportDownloadEvent extends CustomEvent<ReportDownloadDetail> {
  constructor(detail: ReportDownloadDetail) {
    super('atrium-report-download', { detail, bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'atrium-report-download': AtriumReportDownloadEvent;
  }
}

import type { Meter } from '@atrium/sdk';

export interface ReadingsDownloadDetail {
  meter: Meter;
  blob: Blob;
  fileName: string;
}

/**
 * A meter's history arrived as CSV (MTR-2). Cancelable: `preventDefault()` keeps the widget
 * from saving it, so the page can use the Blob itself.
 */
export class AtriumReadingsDownloadEvent extends CustomEvent<ReadingsDownloadDetail> {
  constructor(detail: ReadingsDownloadDetail) {
    super('atrium-readings-download', { detail, bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'atrium-readings-download': AtriumReadingsDownloadEvent;
  }
}

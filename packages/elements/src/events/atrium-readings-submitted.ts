import type { ReadingReceipt } from '@atrium/sdk';

export interface ReadingsSubmittedDetail {
  /** The unit whose meters were read. */
  unitId: string;
  /** The stored readings, one per meter sent (MTR-1). */
  receipt: ReadingReceipt;
}

/** Meter readings were accepted by the server (sent at once, or later from the offline queue). */
export class AtriumReadingsSubmittedEvent extends CustomEvent<ReadingsSubmittedDetail> {
  constructor(detail: ReadingsSubmittedDetail) {
    super('atrium-readings-submitted', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'atrium-readings-submitted': AtriumReadingsSubmittedEvent;
  }
}

export interface VotingDownloadDetail {
  meetingId: string;
  /** A resolution's document, or the protocol of a closed meeting. */
  kind: 'document' | 'protocol';
  blob: Blob;
  fileName: string;
}

/**
 * A meeting's document or protocol finished downloading through a widget. Cancelable:
 * `preventDefault()` keeps the widget from saving it, so the page can use the Blob itself.
 */
export class AtriumVotingDownloadEvent extends CustomEvent<VotingDownloadDetail> {
  constructor(detail: VotingDownloadDetail) {
    super('atrium-voting-download', { detail, bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'atrium-voting-download': AtriumVotingDownloadEvent;
  }
}

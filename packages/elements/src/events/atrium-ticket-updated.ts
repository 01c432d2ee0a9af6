import type { TicketDetail } from '@atrium/sdk';

/** What changed a ticket: a comment, a staff member's status change, or a reopening. */
export type TicketChange = 'comment' | 'status' | 'reopened';

export interface TicketUpdateDetail {
  ticket: TicketDetail;
  change: TicketChange;
}

/** A ticket was changed through a widget (TKT-1); `detail` has it as it is now. Bubbles out of shadow roots. */
export class AtriumTicketUpdatedEvent extends CustomEvent<TicketUpdateDetail> {
  constructor(detail: TicketUpdateDetail) {
    super('atrium-ticket-updated', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'atrium-ticket-updated': AtriumTicketUpdatedEvent;
  }
}

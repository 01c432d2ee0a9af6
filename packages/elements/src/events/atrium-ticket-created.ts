import type { TicketDetail } from '@atrium/sdk';

/** A fault was reported through a widget (TKT-1); `detail` is the new ticket. Bubbles out of shadow roots. */
export class AtriumTicketCreatedEvent extends CustomEvent<TicketDetail> {
  constructor(ticket: TicketDetail) {
    super('atrium-ticket-created', { detail: ticket, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'atrium-ticket-created': AtriumTicketCreatedEvent;
  }
}

import type { ClientView } from '@atrium/sdk';

export interface ClientViewDetail {
  /** The client whose portal the widgets show now, read-only. */
  person: ClientView['person'];
}

/**
 * A client view (AUTH-3) began (`detail.person`) or ended (`detail` null: ended by the
 * page or the banner's button, or by itself when its time ran out or the server refused it).
 * Fired by `<atrium-provider>`; bubbles out of shadow roots.
 */
export class AtriumClientViewEvent extends CustomEvent<ClientViewDetail | null> {
  constructor(detail: ClientViewDetail | null) {
    super('atrium-client-view', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'atrium-client-view': AtriumClientViewEvent;
  }
}

import type { Me } from '@atrium/sdk';

/** Someone signed in through a widget; `detail` is the person. Bubbles out of shadow roots. */
export class AtriumLoginEvent extends CustomEvent<Me> {
  constructor(person: Me) {
    super('atrium-login', { detail: person, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'atrium-login': AtriumLoginEvent;
  }
}

/** The person signed out through a widget. Bubbles out of shadow roots. */
export class AtriumLogoutEvent extends Event {
  constructor() {
    super('atrium-logout', { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'atrium-logout': AtriumLogoutEvent;
  }
}

import type { ReactiveController, ReactiveControllerHost } from 'lit';

// The server mails `${portalUrl}#atrium-reset-token=<token>`: a fragment never reaches servers or logs.
const param = 'atrium-reset-token';

function tokenInHash(): string | null {
  return new URLSearchParams(location.hash.slice(1)).get(param) || null;
}

/** Follows the reset token in the page's address, so a mailed link opens the reset form. */
export class ResetLinkController implements ReactiveController {
  token: string | null = null;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.token = tokenInHash();
    window.addEventListener('hashchange', this.#onHashChange);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.#onHashChange);
  }

  /** Forgets the used token and takes it out of the address (and the history entry). */
  clear(): void {
    this.token = null;
    const params = new URLSearchParams(location.hash.slice(1));
    params.delete(param);
    const hash = params.size ? `#${params}` : '';
    history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
    this.host.requestUpdate();
  }

  readonly #onHashChange = (): void => {
    this.token = tokenInHash();
    this.host.requestUpdate();
  };
}

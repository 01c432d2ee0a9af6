import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Follows a token the server mails in a link's fragment (`#atrium-reset-token=…`,
 * `#atrium-email-token=…`): a fragment never reaches servers or logs. The widget acts on
 * `token` and then calls `clear()`, which takes it out of the address.
 */
export class HashToken implements ReactiveController {
  token: string | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The fragment's parameter naming the token. */
    private readonly param: string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.token = this.#inHash();
    window.addEventListener('hashchange', this.#onHashChange);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.#onHashChange);
  }

  /** Forgets the used token and takes it out of the address (and the history entry). */
  clear(): void {
    this.token = null;
    const params = new URLSearchParams(location.hash.slice(1));
    params.delete(this.param);
    const hash = params.size ? `#${params}` : '';
    history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
    this.host.requestUpdate();
  }

  #inHash(): string | null {
    return new URLSearchParams(location.hash.slice(1)).get(this.param) || null;
  }

  readonly #onHashChange = (): void => {
    this.token = this.#inHash();
    this.host.requestUpdate();
  };
}

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { applyBranding } from './theme.js';
import { connectionOf, type AtriumConnection, type ConnectionSource } from './connection.js';

export type ConnectionHost = ReactiveControllerHost & HTMLElement & ConnectionSource;

/**
 * Follows the connection the host's own `client` / `base-url` + `tenant` name: re-renders
 * the host on every change and sets the tenant's branding tokens on it (ORG-2).
 */
export class ConnectionController implements ReactiveController {
  connection: AtriumConnection | null = null;
  #unsubscribe: (() => void) | null = null;
  #connected = false;

  constructor(private readonly host: ConnectionHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#connected = true;
    this.#follow(connectionOf(this.host));
  }

  /** Properties may change after connecting; picked up before each render. */
  hostUpdate(): void {
    this.#follow(connectionOf(this.host));
    applyBranding(this.host, this.connection?.branding ?? null);
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#follow(null);
  }

  #follow(next: AtriumConnection | null): void {
    if (!this.#connected) next = null;
    if (next === this.connection) return;
    this.#unsubscribe?.();
    this.#unsubscribe = null;
    this.connection = next;
    if (next) this.#unsubscribe = next.subscribe(() => this.host.requestUpdate());
    this.host.requestUpdate();
  }
}

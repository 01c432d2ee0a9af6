import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ClientView } from '@atrium/sdk';
import { connectionFor, type AtriumConnection } from '../core/connection.js';
import { AtriumClientViewEvent } from '../events/atrium-client-view.js';

type Person = ClientView['person'];

/** A view on, with the connection the widgets get; or one that ended by itself, still said. */
export type ClientViewState =
  { on: true; person: Person; connection: AtriumConnection } | { on: false; person: Person };

/**
 * A provider's client view (AUTH-3): opened with the signed-in manager's client, it hands
 * the widgets a connection of the client's own, read-only. It ends when asked, when its
 * time is up, when the server refuses its token, or when the manager signs out here.
 */
export class ClientViewController implements ReactiveController {
  state: ClientViewState | null = null;
  /** The manager's connection the view was opened with. */
  own: AtriumConnection | null = null;
  #release: (() => void) | null = null;
  // Bumped by every start and end: an answer that comes after another start or an end is dropped.
  #turn = 0;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.end();
  }

  /** The connection the widgets get while a view is on. */
  get connection(): AtriumConnection | null {
    return this.state?.on ? this.state.connection : null;
  }

  /** Opens a view of `personId` with `own`'s client; rejects with what the server refused. */
  async start(own: AtriumConnection, personId: string): Promise<void> {
    const turn = ++this.#turn;
    // The manager's own client asks: a view's client may not open another view.
    const view = await own.client.auth.viewAsClient(personId);
    if (turn !== this.#turn) return;
    this.#stop();
    this.own = own;
    const client = own.client.withClientView(view);
    const connection = connectionFor(client);
    const lapse = (signedIn: boolean) => {
      if (!signedIn) this.#lapse(turn);
    };
    const timer = setTimeout(() => this.#lapse(turn), view.expiresIn * 1000);
    const unsubscribe = [
      connection.subscribe(() => this.host.requestUpdate()),
      client.auth.onChange(lapse),
      own.client.auth.onChange(lapse),
    ];
    this.#release = () => {
      clearTimeout(timer);
      for (const stop of unsubscribe) stop();
    };
    this.#set({ on: true, person: view.person, connection }, view.person);
  }

  /** Ends the view (or forgets one that ended by itself); the widgets are the manager's again. */
  end(): void {
    this.#turn++;
    const wasOn = this.state?.on ?? false;
    this.#stop();
    if (wasOn) this.#set(null, null);
    else if (this.state) this.#set(null);
  }

  /** The view ended by itself: the banner keeps saying so until dismissed. */
  #lapse(turn: number): void {
    if (turn !== this.#turn || !this.state?.on) return;
    const { person } = this.state;
    this.#stop();
    this.#set({ on: false, person }, null);
  }

  #stop(): void {
    this.#release?.();
    this.#release = null;
  }

  /** Sets the state; with `event` given, tells the page the view began or ended. */
  #set(state: ClientViewState | null, event?: Person | null): void {
    this.state = state;
    this.host.requestUpdate();
    if (event !== undefined) {
      this.host.dispatchEvent(new AtriumClientViewEvent(event && { person: event }));
    }
  }
}

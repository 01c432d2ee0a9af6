import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { AtriumError } from '@atrium/sdk';

/** Why an action failed, as a widget words it: a contract code or an SDK one. */
export interface Failure {
  code: string;
  retryAfter?: number | undefined;
}

/**
 * Runs a widget's user actions (submit, sign out) one at a time: tracks `busy`, hands the
 * action an `AbortSignal` that fires when the widget leaves the page, and turns what it
 * throws into a {@link Failure}.
 */
export class ActionController implements ReactiveController {
  busy = false;
  #abort: AbortController | null = null;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#abort?.abort();
  }

  /** Resolves to `null` on success, to the failure otherwise; `aborted` when the widget left. */
  async run(action: (signal: AbortSignal) => Promise<unknown>): Promise<Failure | null> {
    if (this.busy) return { code: 'aborted' };
    const abort = (this.#abort = new AbortController());
    this.#setBusy(true);
    try {
      await action(abort.signal);
      return null;
    } catch (error) {
      if (error instanceof AtriumError) return error;
      console.error(error); // a bug, not a condition the contract describes
      return { code: 'unknown' };
    } finally {
      this.#abort = null;
      this.#setBusy(false);
    }
  }

  #setBusy(busy: boolean): void {
    this.busy = busy;
    this.host.requestUpdate();
  }
}

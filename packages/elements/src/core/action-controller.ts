import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { AtriumError } from '@atrium/sdk';

/** Why an action failed, as a widget words it: a contract code or an SDK one. */
export interface Failure {
  code: string;
  retryAfter?: number | undefined;
}

/** What a request threw, as a widget words it: the SDK's error, or `unknown` for a bug. */
export function asFailure(error: unknown): Failure {
  if (error instanceof AtriumError) return error;
  console.error(error); // a bug, not a condition the contract describes
  return { code: 'unknown' };
}

/** No answer came: the request may be tried again later with the same Idempotency-Key. */
export function isUnanswered(failure: Failure): boolean {
  return failure.code === 'network_error' || failure.code === 'timeout';
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
      return asFailure(error);
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

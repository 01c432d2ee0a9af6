import type { TemplateResult } from 'lit';
import { initialState, Task, TaskStatus } from '@lit/task';
import type { AtriumClient } from '@atrium/sdk';
import { asFailure } from './action-controller.js';
import type { AtriumController } from './atrium-controller.js';
import type { Translate } from './i18n.js';
import type { PartHost } from './part-host.js';
import { failureView, loadingView } from './status-views.js';

export interface SignedInLoadOptions<T, A extends readonly unknown[]> {
  /** What the value depends on besides the client and the person (a filter, an id). */
  args: () => A;
  /** Asks for the value; null when there is nothing to ask for (no id yet). */
  load: (client: AtriumClient, args: A, signal: AbortSignal) => Promise<T> | null;
}

/**
 * What a part of a widget shows from the server for the person signed in (a list, a
 * record): asked for when the client, the person or its `args` change and on `reload()`,
 * the request aborted when it is no longer wanted. It shows the skeleton while loading, a
 * failure with "Try again", and, while it loads again, the value shown before when `keep`
 * allows (the same list refreshed, not another record).
 */
export class SignedInLoad<T, A extends readonly unknown[]> {
  #reloads = 0;
  readonly #task: Task<readonly [AtriumClient | undefined, string | undefined, number, ...A], T>;

  constructor(
    private readonly host: PartHost,
    atrium: AtriumController,
    options: SignedInLoadOptions<T, A>,
  ) {
    this.#task = new Task(host, {
      task: async ([client, personId, , ...args], { signal }) => {
        if (!client || !personId) return initialState;
        return (await options.load(client, args, signal)) ?? initialState;
      },
      // Spread: the task compares its arguments one by one, so each is a value, not an array.
      args: () => [atrium.client, atrium.session.me?.id, this.#reloads, ...options.args()] as const,
    });
  }

  get pending(): boolean {
    return this.#task.status === TaskStatus.PENDING;
  }

  /** The last value loaded, if any (it may be loading again). */
  get value(): T | undefined {
    return this.#task.value;
  }

  /** Asks for the value again (it changed on the server meanwhile). */
  reload(): void {
    this.#reloads++;
    this.host.requestUpdate();
  }

  render(
    t: Translate,
    view: (value: T) => TemplateResult,
    keep: (value: T) => boolean = () => true,
  ): TemplateResult {
    return this.#task.render({
      initial: () => loadingView(t),
      pending: () => {
        const value = this.#task.value;
        return value !== undefined && keep(value) ? view(value) : loadingView(t);
      },
      complete: view,
      error: (reason) => failureView(t, asFailure(reason), () => this.reload()),
    });
  }
}

import type { ReactiveController, ReactiveControllerHost } from 'lit';

const SECOND = 1000;
const MINUTE = 60 * SECOND;

/**
 * The wait before a new code may be asked for. The host renders the time left in words
 * (seconds under a minute, else minutes), so the clock wakes it only when that text would
 * change — each second in the last minute, each minute before — and never while it is out of
 * the page.
 */
export class ResendWait implements ReactiveController {
  #until = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #connected = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** A new code may be asked for `seconds` from now. */
  start(seconds: number): void {
    this.#until = Date.now() + seconds * SECOND;
    this.host.requestUpdate();
    this.#schedule();
  }

  /** Whole seconds left; 0 once a new code may be asked for. */
  get secondsLeft(): number {
    return Math.max(0, Math.ceil((this.#until - Date.now()) / SECOND));
  }

  hostConnected(): void {
    this.#connected = true;
    this.#schedule();
  }

  hostDisconnected(): void {
    this.#connected = false;
    clearTimeout(this.#timer);
  }

  #schedule(): void {
    clearTimeout(this.#timer);
    const left = this.#until - Date.now();
    if (!this.#connected || left <= 0) return;
    const step = left > MINUTE ? left % MINUTE || MINUTE : left % SECOND || SECOND;
    this.#timer = setTimeout(() => {
      this.host.requestUpdate();
      this.#schedule();
    }, step);
  }
}

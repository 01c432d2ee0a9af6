import type { ReactiveController, ReactiveControllerHost } from 'lit';

const MINUTE = 60_000;

/**
 * The clock of the countdowns a host shows, to the minute. Each render reads the time left
 * through {@link until}; the clock then wakes once, when the first of those texts would
 * change, so the host renders again: no timer ticks every second, and none runs while the
 * host is out of the page. `onPass` is told when a deadline shown has just passed.
 */
export class Countdowns implements ReactiveController {
  #now = Date.now();
  #deadlines = new Set<number>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #connected = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onPass: () => void,
  ) {
    host.addController(this);
  }

  /** Milliseconds from now until `timestamp` (zero or less once past), noted for the next wake. */
  until(timestamp: string): number {
    const at = Date.parse(timestamp);
    this.#deadlines.add(at);
    return at - this.#now;
  }

  hostConnected(): void {
    this.#connected = true;
    // Back in the page after a while: what is shown is out of date.
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#connected = false;
    clearTimeout(this.#timer);
  }

  hostUpdate(): void {
    this.#now = Date.now();
    this.#deadlines.clear();
  }

  hostUpdated(): void {
    clearTimeout(this.#timer);
    const left = [...this.#deadlines].map((at) => at - this.#now).filter((ms) => ms > 0);
    if (!this.#connected || !left.length) return;
    // Texts round up to the minute: each changes when its time left crosses a whole minute.
    const wait = Math.min(...left.map((ms) => ms % MINUTE || MINUTE));
    const from = this.#now;
    this.#timer = setTimeout(() => {
      const now = Date.now();
      if ([...this.#deadlines].some((at) => at > from && at <= now)) this.onPass();
      this.host.requestUpdate();
    }, wait + 50);
  }
}

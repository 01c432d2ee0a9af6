import type { ReactiveController } from 'lit';
import type { PartHost } from './part-host.js';

/**
 * Takes the reader to a view just opened: its heading (`[data-view-heading]`, with
 * `tabindex="-1"`) takes focus once it is in the page — after the view's loading, which
 * may take several renders — or "Try again" (`part="retry"`) when it failed to load.
 */
export class ViewFocus implements ReactiveController {
  #pending = false;

  constructor(private readonly host: PartHost) {
    host.addController(this);
  }

  /** The view shown next takes focus as soon as it is rendered. */
  request(): void {
    this.#pending = true;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    if (!this.#pending) return;
    const root = this.host.renderRoot;
    const target =
      root.querySelector<HTMLElement>('[data-view-heading]') ??
      root.querySelector<HTMLElement>('[part="retry"]');
    if (!target) return;
    this.#pending = false;
    target.focus();
  }
}

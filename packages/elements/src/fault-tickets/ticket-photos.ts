import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { AtriumClient, Ticket, TicketPhoto } from '@atrium/sdk';
import type { Translate } from '../core/i18n.js';
import type { PartHost } from '../core/part-host.js';

/**
 * A shown ticket's photos as object URLs: an `<img>` cannot send the access token, so each
 * photo is downloaded with the client. URLs are revoked when their photo is no longer
 * shown and when the widget leaves the page.
 */
export class TicketPhotos implements ReactiveController {
  readonly #urls = new Map<string, string>();
  readonly #loading = new Set<string>();
  readonly #failed = new Set<string>();
  #abort = new AbortController();

  constructor(
    private readonly host: PartHost,
    private readonly read: () => { client: AtriumClient; photos: readonly TicketPhoto[] } | null,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#abort = new AbortController();
  }

  hostUpdated(): void {
    const shown = this.read();
    const ids = new Set(shown?.photos.map((photo) => photo.id));
    for (const [id, url] of this.#urls) {
      if (ids.has(id)) continue;
      URL.revokeObjectURL(url);
      this.#urls.delete(id);
    }
    if (!shown) return;
    for (const photo of shown.photos) {
      const known = this.#urls.has(photo.id) || this.#failed.has(photo.id);
      if (!known && !this.#loading.has(photo.id)) void this.#download(shown.client, photo);
    }
  }

  hostDisconnected(): void {
    this.#abort.abort();
    for (const url of this.#urls.values()) URL.revokeObjectURL(url);
    this.#urls.clear();
    this.#loading.clear();
    this.#failed.clear();
  }

  render(
    t: Translate,
    ticket: Ticket,
    photos: readonly TicketPhoto[],
  ): TemplateResult | typeof nothing {
    if (!photos.length) return nothing;
    const items = photos.map((photo, i) => {
      const texts = { index: i + 1, count: photos.length, number: ticket.number };
      const url = this.#urls.get(photo.id);
      const shown = url
        ? html`<img part="photo-image" src=${url} alt=${t('photos.ticketPhoto', texts)} />`
        : this.#failed.has(photo.id)
          ? html`<p role="alert">${t('photos.failed', texts)}</p>`
          : html`<p class="muted">${t('photos.loading', texts)}</p>`;
      return html`<li>${shown}</li>`;
    });
    return html`<ul part="ticket-photos">
      ${items}
    </ul>`;
  }

  async #download(client: AtriumClient, photo: TicketPhoto): Promise<void> {
    const signal = this.#abort.signal;
    this.#loading.add(photo.id);
    try {
      const { blob } = await client.tickets.downloadPhoto(photo, { signal });
      if (!signal.aborted) this.#urls.set(photo.id, URL.createObjectURL(blob));
    } catch {
      if (!signal.aborted) this.#failed.add(photo.id);
    } finally {
      this.#loading.delete(photo.id);
      if (!signal.aborted) this.host.requestUpdate();
    }
  }
}

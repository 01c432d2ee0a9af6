import { html, nothing, type TemplateResult } from 'lit';
import type { TicketDetail } from '@atrium/sdk';
import type { AtriumController } from '../core/atrium-controller.js';
import { detailsList } from '../core/details-list.js';
import { dateTime } from '../core/format.js';
import type { Translate } from '../core/i18n.js';
import { SignedInLoad } from '../core/signed-in-load.js';
import { CommentForm } from './comment-form.js';
import type { PartHost } from '../core/part-host.js';
import { ReopenForm } from './reopen-form.js';
import { StaffActions } from './staff-actions.js';
import { statusBadge } from '../core/status-badge.js';
import type { OnTicketChanged } from './ticket-actions.js';
import { TicketPhotos } from './ticket-photos.js';
import { placeText } from './ticket-text.js';
import { ticketTimeline } from './ticket-timeline.js';

/**
 * One ticket: its details, photos and timeline, and what the reader may do with it —
 * comment, reopen it (residents), change its status (staff). After each action the
 * server's answer is shown at once; a move refused as out of date reloads the ticket.
 */
export class TicketView {
  ticketId: string | null = null;
  /** The server's answer to the last action (or the report just made): newer than the load. */
  #latest: TicketDetail | null = null;
  readonly #load: SignedInLoad<TicketDetail, readonly [string | null]>;
  readonly #photos: TicketPhotos;
  readonly #comment: CommentForm;
  readonly #reopen: ReopenForm;
  readonly #staff: StaffActions;

  constructor(
    private readonly host: PartHost,
    private readonly atrium: AtriumController,
    private readonly id: string,
    private readonly onChanged: OnTicketChanged,
  ) {
    this.#load = new SignedInLoad(host, atrium, {
      args: () => [this.ticketId] as const,
      load: (client, [ticketId], signal) =>
        ticketId ? client.tickets.get(ticketId, { signal }) : null,
    });
    this.#photos = new TicketPhotos(host, () => {
      const client = this.atrium.client;
      const detail = this.detail;
      return client && detail ? { client, photos: detail.photos } : null;
    });
    const changed: OnTicketChanged = (detail, change) => {
      this.#latest = detail;
      this.onChanged(detail, change);
    };
    this.#comment = new CommentForm(host, atrium, `${id}-comment`, changed, this.#reload);
    this.#reopen = new ReopenForm(host, atrium, `${id}-reopen`, changed, this.#reload);
    this.#staff = new StaffActions(host, atrium, `${id}-status`, changed, this.#reload);
  }

  get pending(): boolean {
    return this.#load.pending;
  }

  /** The ticket shown now, once known. */
  get detail(): TicketDetail | null {
    const candidates = [this.#latest, this.#load.value];
    return candidates.find((detail) => detail?.ticket.id === this.ticketId) ?? null;
  }

  /** Shows a ticket; with `detail` when the caller has it already (a report just made). */
  show(ticketId: string, detail: TicketDetail | null = null): void {
    if (ticketId !== this.ticketId) {
      for (const form of [this.#comment, this.#reopen, this.#staff]) form.clear();
    }
    this.ticketId = ticketId;
    this.#latest = detail;
    this.host.requestUpdate();
  }

  render(t: Translate, staff: boolean): TemplateResult {
    const detail = this.detail;
    if (detail) return this.#ticket(t, staff, detail);
    return this.#load.render(
      t,
      (loaded) => this.#ticket(t, staff, loaded),
      (loaded) => loaded.ticket.id === this.ticketId,
    );
  }

  #ticket(t: Translate, staff: boolean, { ticket, photos, timeline, nextStatuses }: TicketDetail) {
    const locale = this.atrium.locale;
    const headingId = `${this.id}-ticket-heading`;
    const details = detailsList([
      [t('ticket.category'), t(`category.${ticket.category}`)],
      [t('ticket.place'), placeText(t, ticket)],
      [t('ticket.contactTime'), t(`contactTime.${ticket.contactTime}`)],
      [t('ticket.reporter'), ticket.reporter.name],
      [t('ticket.created'), dateTime(ticket.createdAt, locale)],
      [t('ticket.updated'), dateTime(ticket.updatedAt, locale)],
    ]);
    const photoList = this.#photos.render(t, ticket, photos);
    return html`<article part="ticket" aria-labelledby=${headingId}>
      <div class="view-head">
        <h3 id=${headingId} data-view-heading tabindex="-1">
          ${t('ticket.heading', { number: ticket.number })}
        </h3>
        ${statusBadge(t, ticket.status)}
      </div>
      ${details}
      <h4>${t('ticket.description')}</h4>
      <p part="description">${ticket.description}</p>
      ${
        photoList === nothing
          ? nothing
          : html`<h4>${t('ticket.photos')}</h4>
              ${photoList}`
      }
      <h4>${t('ticket.timeline')}</h4>
      ${ticketTimeline(t, locale, timeline)}
      ${staff ? this.#staff.render(t, ticket, nextStatuses) : this.#reopen.render(t, ticket)}
      ${this.#comment.render(t, ticket, staff)}
    </article>`;
  }

  readonly #reload = (): void => {
    this.#latest = null;
    this.#load.reload();
  };
}

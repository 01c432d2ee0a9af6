import { html, nothing, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { Me, TicketDetail } from '@atrium/sdk';
import { AtriumController } from '../core/atrium-controller.js';
import { AtriumWidget } from '../core/atrium-widget.js';
import type { Translate } from '../core/i18n.js';
import { unitsWhere } from '../core/owner-units.js';
import { isStaff } from '../core/staff.js';
import { signedInView } from '../core/signed-in-view.js';
import { badgeStyles } from '../core/status-badge.js';
import { ViewFocus } from '../core/view-focus.js';
import { widgetFrame } from '../core/widget-frame.js';
import { choiceStyles } from '../core/choice-styles.js';
import { fieldStyles } from '../core/field-styles.js';
import { listViewStyles } from '../core/list-view-styles.js';
import { widgetStyles } from '../core/widget-styles.js';
import { AtriumTicketCreatedEvent } from '../events/atrium-ticket-created.js';
import { AtriumTicketUpdatedEvent, type TicketChange } from '../events/atrium-ticket-updated.js';
import { faultTicketsStyles } from './atrium-fault-tickets.styles.js';
import { faultTicketsMessages } from './locales/index.js';
import { TicketForm } from './ticket-form.js';
import { TicketList } from './ticket-list.js';
import { TicketView } from './ticket-view.js';

let instances = 0;

/**
 * Fault tickets (TKT-1). Owners and residents report a fault in their unit or a common
 * area — category, description, when to call, up to the contract's number of photos,
 * uploaded with progress — and follow each ticket's status and history, comment on it,
 * and reopen it for a while after it was resolved. Staff (managers, directors,
 * accountants) see every ticket of the tenant, change statuses with a comment, and leave
 * internal notes residents never see.
 *
 * Place it on the page whether or not anyone is signed in: signed out, it asks the reader
 * to sign in and shows their tickets as soon as they do, through the shared connection.
 *
 * @summary Report a fault with photos, follow its status, comment; staff move tickets along.
 * @tagname atrium-fault-tickets
 *
 * @fires {AtriumTicketCreatedEvent} atrium-ticket-created - A fault was reported here; `detail` is the new ticket.
 * @fires {AtriumTicketUpdatedEvent} atrium-ticket-updated - A ticket was commented on, moved or reopened here; `detail` has the ticket and the change.
 *
 * @csspart base - The widget's frame.
 * @csspart heading - The heading.
 * @csspart toolbar - "Report a fault" above the list.
 * @csspart report - The "Report a fault" button.
 * @csspart filter - The status filter.
 * @csspart status - Messages: signed out, no tickets, loading, errors.
 * @csspart retry - The "Try again" button of an error.
 * @csspart skeleton - The placeholder shown while loading.
 * @csspart list - The list of tickets.
 * @csspart row - One ticket in the list.
 * @csspart open - A ticket's button in the list (its number and category).
 * @csspart badge - A status badge (with `data-status`).
 * @csspart more - The "Show more" button.
 * @csspart back - "Back to the list" / "Cancel".
 * @csspart form - The "Report a fault" form.
 * @csspart place - The unit / common area choice.
 * @csspart field - A labelled field.
 * @csspart hint - A field's hint.
 * @csspart field-error - Why a field was refused.
 * @csspart form-error - Why a form was refused as a whole.
 * @csspart photos - The photos of a report being made.
 * @csspart add-photos - "Add photos" / "Take a photo" (labels of the file inputs).
 * @csspart photo-list - The photos picked.
 * @csspart photo - One photo picked (with `data-state`: uploading, uploaded, refused).
 * @csspart preview - A picked photo's preview.
 * @csspart photo-progress - A photo's upload progress bar.
 * @csspart photo-error - Why a photo was refused.
 * @csspart remove - A photo's "Remove" button.
 * @csspart submit - A form's send button.
 * @csspart ticket - One ticket's view.
 * @csspart details - A ticket's details.
 * @csspart description - A ticket's description.
 * @csspart ticket-photos - A ticket's photos.
 * @csspart photo-image - One of a ticket's photos.
 * @csspart timeline - A ticket's history, oldest first.
 * @csspart event - One entry of the history (with `data-kind`, and `data-internal` for staff notes).
 * @csspart comment - A comment's text in the history.
 * @csspart internal-mark - The words marking a staff's internal note.
 * @csspart comment-form - The comment form.
 * @csspart reopen-form - The reopen form.
 * @csspart status-form - The staff's status change form.
 *
 * @cssprop --atrium-color-primary - Buttons, progress bars, the focus ring; "in progress" badges.
 * @cssprop --atrium-color-on-primary - Text on primary buttons.
 * @cssprop --atrium-color-background - Controls' background.
 * @cssprop --atrium-color-text - Text.
 * @cssprop --atrium-color-muted - Secondary text; closed and rejected badges.
 * @cssprop --atrium-color-border - Borders and the skeleton.
 * @cssprop --atrium-color-danger - Errors.
 * @cssprop --atrium-color-success - Resolved badges, uploaded photos.
 * @cssprop --atrium-color-chart-2 - Accepted badges.
 * @cssprop --atrium-color-chart-3 - "Waiting for the resident" badges, internal notes.
 * @cssprop --atrium-font-family - Font.
 * @cssprop --atrium-radius - Corner radius.
 * @cssprop --atrium-space-4 - Gaps; also `--atrium-space-1` … `--atrium-space-6`.
 * @cssprop --atrium-focus-ring - The focus outline (a box-shadow).
 */
export class AtriumFaultTickets extends AtriumWidget {
  static override styles = [
    widgetStyles,
    listViewStyles,
    choiceStyles,
    fieldStyles,
    badgeStyles,
    faultTicketsStyles,
  ];

  /** The ticket shown; without it, the list (or the report form). Set when a ticket is opened. */
  @property({ attribute: 'ticket-id' }) ticketId: string | null = null;

  @state() private reporting = false;
  @state() private announcement = '';

  @query('[part="report"]') private reportButton!: HTMLElement | null;

  readonly #atrium = new AtriumController(this, 'fault-tickets', faultTicketsMessages);
  readonly #id = `atrium-fault-tickets-${++instances}`;
  readonly #viewFocus = new ViewFocus(this);
  readonly #list = new TicketList(this, this.#atrium, this.#id, (id) => this.#open(id));
  readonly #form = new TicketForm(this, this.#atrium, this.#id, (detail) => this.#created(detail));
  readonly #view = new TicketView(this, this.#atrium, this.#id, (detail, change) =>
    this.#changed(detail, change),
  );

  protected override willUpdate(): void {
    if (this.ticketId && this.ticketId !== this.#view.ticketId) this.#view.show(this.ticketId);
  }

  protected override render(): TemplateResult {
    const t = this.#atrium.t;
    const busy = this.ticketId ? this.#view.pending : !this.reporting && this.#list.pending;
    return widgetFrame({
      id: this.#id,
      heading: t('heading'),
      busy,
      body: signedInView(this.#atrium, t, (me) => this.#body(t, me)),
      announcement: this.announcement,
    });
  }

  #body(t: Translate, me: Me): TemplateResult {
    const staff = isStaff(me);
    const units = unitsWhere(me, ['owner', 'resident']);
    if (this.ticketId) {
      return html`${this.#back(t, 'ticket.back', this.#onBack)} ${this.#view.render(t, staff)}`;
    }
    if (this.reporting && units.length) {
      return html`${this.#back(t, 'form.cancel', this.#onCancel)}
        <h3 data-view-heading tabindex="-1">${t('form.heading')}</h3>
        ${this.#form.render(t, units)}`;
    }
    const report = units.length
      ? html`<div part="toolbar">
          <button part="report" class="primary" type="button" @click=${this.#onReport}>
            ${t('report')}
          </button>
        </div>`
      : nothing;
    return html`${report} ${this.#list.render(t, staff)}`;
  }

  #back(t: Translate, key: string, onClick: () => void): TemplateResult {
    return html`<button part="back" type="button" @click=${onClick}>${t(key)}</button>`;
  }

  #open(ticketId: string): void {
    this.announcement = '';
    this.ticketId = ticketId;
    this.#viewFocus.request();
  }

  #created(detail: TicketDetail): void {
    this.reporting = false;
    this.#view.show(detail.ticket.id, detail);
    this.ticketId = detail.ticket.id;
    this.#list.refresh();
    this.announcement = this.#atrium.t('done.created', { number: detail.ticket.number });
    this.dispatchEvent(new AtriumTicketCreatedEvent(detail));
    this.#viewFocus.request();
  }

  #changed(ticket: TicketDetail, change: TicketChange): void {
    const t = this.#atrium.t;
    this.#list.refresh();
    this.announcement =
      change === 'status'
        ? t('done.status', { status: t(`status.${ticket.ticket.status}`) })
        : t(`done.${change}`);
    this.dispatchEvent(new AtriumTicketUpdatedEvent({ ticket, change }));
  }

  readonly #onReport = (): void => {
    this.reporting = true;
    this.announcement = '';
    this.#viewFocus.request();
  };

  readonly #onCancel = async (): Promise<void> => {
    this.#form.reset();
    this.reporting = false;
    await this.updateComplete;
    this.reportButton?.focus();
  };

  readonly #onBack = async (): Promise<void> => {
    const left = this.ticketId;
    this.ticketId = null;
    this.announcement = '';
    await this.updateComplete;
    if (!left || !this.#list.focusTicket(left)) this.reportButton?.focus();
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'atrium-fault-tickets': AtriumFaultTickets;
  }
}

import { html, type TemplateResult } from 'lit';
import { validators, type Ticket, type TicketPage, type TicketStatus } from '@atrium/sdk';
import type { AtriumController } from '../core/atrium-controller.js';
import { MorePages } from '../core/more-pages.js';
import { dateTime } from '../core/format.js';
import type { Translate } from '../core/i18n.js';
import { SignedInLoad } from '../core/signed-in-load.js';
import { statusMessage } from '../core/status-views.js';
import type { PartHost } from '../core/part-host.js';
import { statusBadge } from '../core/status-badge.js';
import { placeText, ticketTitle } from './ticket-text.js';

/** Tickets per page; "Show more" asks for the next page with the cursor. */
const PAGE_SIZE = 20;

const allStatuses = '';

/**
 * The tickets the person follows, newest first (staff: every ticket of the tenant), with
 * a status filter and "Show more". `refresh()` loads the list again after a change.
 */
export class TicketList {
  status: TicketStatus | typeof allStatuses = allStatuses;
  readonly #first: SignedInLoad<TicketPage, readonly [TicketStatus | typeof allStatuses]>;
  readonly #more: MorePages<TicketPage, Ticket>;

  constructor(
    private readonly host: PartHost,
    private readonly atrium: AtriumController,
    private readonly id: string,
    private readonly onOpen: (ticketId: string) => void,
  ) {
    this.#first = new SignedInLoad(host, atrium, {
      args: () => [this.status] as const,
      load: (client, [status], signal) =>
        client.tickets.list({ ...(status ? { status } : {}), limit: PAGE_SIZE }, { signal }),
    });
    this.#more = new MorePages(host, {
      client: () => this.atrium.client,
      first: () => this.#first.value,
      pageOf: (first) => first,
      next: (client, cursor, signal) => {
        const status = this.status;
        return client.tickets.list(
          { ...(status ? { status } : {}), cursor, limit: PAGE_SIZE },
          { signal },
        );
      },
      focus: (ticket) => this.focusTicket(ticket.id),
    });
  }

  get pending(): boolean {
    return this.#first.pending;
  }

  refresh(): void {
    this.#first.reload();
  }

  render(t: Translate, staff: boolean): TemplateResult {
    const list = this.#first.render(t, (first) => this.#list(t, staff, first));
    return html`${this.#filter(t)} ${list}`;
  }

  #filter(t: Translate): TemplateResult {
    const choices = validators.TicketStatus.options.map(
      (status) =>
        html`<option value=${status} ?selected=${this.status === status}>
          ${t(`status.${status}`)}
        </option>`,
    );
    return html`<div part="filter" class="field">
      <label for="${this.id}-filter">${t('filter.label')}</label>
      <select id="${this.id}-filter" @change=${this.#onFilter}>
        <option value=${allStatuses} ?selected=${this.status === allStatuses}>
          ${t('filter.all')}
        </option>
        ${choices}
      </select>
    </div>`;
  }

  #list(t: Translate, staff: boolean, first: TicketPage): TemplateResult {
    const tickets = this.#more.items(first);
    if (!tickets.length) {
      const empty = this.status ? 'emptyFiltered' : staff ? 'emptyStaff' : 'empty';
      return statusMessage(t(empty));
    }
    const rows = tickets.map((ticket) => this.#row(t, ticket));
    return html`<ul part="list" aria-label=${t('listLabel')}>
        ${rows}
      </ul>
      ${this.#more.render(this.id, t, first)}`;
  }

  #row(t: Translate, ticket: Ticket): TemplateResult {
    const locale = this.atrium.locale;
    const updated =
      ticket.updatedAt === ticket.createdAt
        ? ''
        : `, ${t('updatedAt', { date: dateTime(ticket.updatedAt, locale) })}`;
    return html`<li part="row" data-ticket=${ticket.id}>
      <div class="row-head">
        <button part="open" type="button" data-ticket=${ticket.id} @click=${this.#onOpen}>
          ${ticketTitle(t, ticket)}
        </button>
        ${statusBadge(t, ticket.status)}
      </div>
      <p>${placeText(t, ticket)}</p>
      <p class="muted">
        ${t('createdAt', { date: dateTime(ticket.createdAt, locale) })}${updated}.
        ${t('reportedBy', { name: ticket.reporter.name })}
      </p>
    </li>`;
  }

  readonly #onOpen = (event: Event): void => {
    this.onOpen((event.currentTarget as HTMLElement).dataset['ticket'] ?? '');
  };

  readonly #onFilter = (event: Event): void => {
    this.status = (event.target as HTMLSelectElement).value as TicketStatus;
    this.host.requestUpdate();
  };

  /** Focuses a ticket's "open" button, if it is listed (coming back from it, say). */
  focusTicket(ticketId: string): boolean {
    const button = this.host.renderRoot.querySelector<HTMLElement>(
      `[part="open"][data-ticket="${ticketId}"]`,
    );
    button?.focus();
    return Boolean(button);
  }
}

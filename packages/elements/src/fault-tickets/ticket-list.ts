import { html, type TemplateResult } from 'lit';
import { initialState, Task, TaskStatus } from '@lit/task';
import {
  validators,
  type AtriumClient,
  type Ticket,
  type TicketPage,
  type TicketStatus,
} from '@atrium/sdk';
import { ActionController, type Failure } from '../core/action-controller.js';
import type { AtriumController } from '../core/atrium-controller.js';
import { morePages } from '../core/more-pages.js';
import { dateTime } from '../core/format.js';
import type { Translate } from '../core/i18n.js';
import { failureView, loadingView, statusMessage } from '../core/status-views.js';
import { asFailure } from '../core/action-controller.js';
import type { FormHost } from './form-state.js';
import { statusBadge } from '../core/status-badge.js';
import { placeText, ticketTitle } from './ticket-text.js';

/** Tickets per page; "Show more" asks for the next page with the cursor. */
const PAGE_SIZE = 20;

const allStatuses = '';

type ListArgs = readonly [
  AtriumClient | undefined,
  string | undefined,
  TicketStatus | typeof allStatuses,
  number,
];

/**
 * The tickets the person follows, newest first (staff: every ticket of the tenant), with
 * a status filter and "Show more". `refresh()` loads the list again after a change.
 */
export class TicketList {
  status: TicketStatus | typeof allStatuses = allStatuses;
  #more: TicketPage[] = [];
  #moreOf: TicketPage | undefined;
  #moreFailure: Failure | null = null;
  #refreshes = 0;
  readonly #moreAction: ActionController;

  readonly #first: Task<ListArgs, TicketPage>;

  constructor(
    private readonly host: FormHost,
    private readonly atrium: AtriumController,
    private readonly id: string,
    private readonly onOpen: (ticketId: string) => void,
  ) {
    this.#moreAction = new ActionController(host);
    this.#first = new Task(host, {
      task: async ([client, personId, status], { signal }) => {
        if (!client || !personId) return initialState;
        const query = { ...(status ? { status } : {}), limit: PAGE_SIZE };
        return client.tickets.list(query, { signal });
      },
      args: (): ListArgs => [
        this.atrium.client,
        this.atrium.session.me?.id,
        this.status,
        this.#refreshes,
      ],
    });
  }

  get pending(): boolean {
    return this.#first.status === TaskStatus.PENDING;
  }

  refresh(): void {
    this.#refreshes++;
    this.host.requestUpdate();
  }

  render(t: Translate, staff: boolean): TemplateResult {
    const list = this.#first.render({
      initial: () => loadingView(t),
      pending: () => {
        const first = this.#first.value;
        return first ? this.#list(t, staff, first) : loadingView(t);
      },
      complete: (first) => this.#list(t, staff, first),
      error: (reason) => failureView(t, asFailure(reason), this.#retry),
    });
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

  #pages(first: TicketPage): TicketPage[] {
    return [first, ...(this.#moreOf === first ? this.#more : [])];
  }

  #list(t: Translate, staff: boolean, first: TicketPage): TemplateResult {
    const pages = this.#pages(first);
    const tickets = pages.flatMap((page) => page.items);
    if (!tickets.length) {
      const empty = this.status ? 'emptyFiltered' : staff ? 'emptyStaff' : 'empty';
      return statusMessage(t(empty));
    }
    const next = pages.at(-1)?.nextCursor ?? null;
    const rows = tickets.map((ticket) => this.#row(t, ticket));
    return html`<ul part="list" aria-label=${t('listLabel')}>
        ${rows}
      </ul>
      ${morePages({
        id: this.id,
        t,
        count: tickets.length,
        hasMore: Boolean(next),
        busy: this.#moreAction.busy,
        failure: this.#moreFailure,
        onMore: this.#onMore,
      })}`;
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

  readonly #retry = (): void => void this.#first.run();

  readonly #onOpen = (event: Event): void => {
    this.onOpen((event.currentTarget as HTMLElement).dataset['ticket'] ?? '');
  };

  readonly #onFilter = (event: Event): void => {
    this.status = (event.target as HTMLSelectElement).value as TicketStatus;
    this.#moreFailure = null;
    this.host.requestUpdate();
  };

  readonly #onMore = async (): Promise<void> => {
    const client = this.atrium.client;
    const first = this.#first.value;
    if (!client || !first) return;
    const earlier = this.#pages(first).slice(1);
    const cursor = [first, ...earlier].at(-1)?.nextCursor;
    if (!cursor) return;
    const count = [first, ...earlier].reduce((sum, page) => sum + page.items.length, 0);
    const status = this.status;
    this.#moreFailure = await this.#moreAction.run(async (signal) => {
      const query = { ...(status ? { status } : {}), cursor, limit: PAGE_SIZE };
      const page = await client.tickets.list(query, { signal });
      // The list may have been asked for again (another status) while this page travelled.
      if (this.#first.value !== first) return;
      this.#moreOf = first;
      this.#more = [...earlier, page];
    });
    this.host.requestUpdate();
    // The button may be gone (no more pages): focus the first ticket just added.
    await this.host.updateComplete;
    const added = this.#pages(first).flatMap((page) => page.items)[count];
    if (added) this.focusTicket(added.id);
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

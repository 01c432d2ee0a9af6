import { html, type TemplateResult } from 'lit';
import { initialState, Task, TaskStatus } from '@lit/task';
import type { AtriumClient, Meeting, MeetingPage, MeetingStatus } from '@atrium/sdk';
import { ActionController, asFailure, type Failure } from '../core/action-controller.js';
import type { AtriumController } from '../core/atrium-controller.js';
import { dateTime } from '../core/format.js';
import type { Translate } from '../core/i18n.js';
import { morePages } from '../core/more-pages.js';
import { failureView, loadingView, statusMessage } from '../core/status-views.js';
import type { VotingHost } from './voting-host.js';
import type { Countdowns } from './countdown.js';
import { statusBadge } from '../core/status-badge.js';
import { pendingNote, windowLine } from './meeting-text.js';

/** Closed meetings per page; "Show more" asks for the next page with the cursor. */
const PAGE_SIZE = 10;
/** The contract's largest page: open and scheduled meetings are few, so one page nearly always. */
const ALL = 100;

/** The meetings on the first screen: every open and scheduled one, and the first closed page. */
interface Meetings {
  upcoming: Meeting[];
  closed: MeetingPage;
}

async function everyMeeting(
  client: AtriumClient,
  status: MeetingStatus,
  signal: AbortSignal,
): Promise<Meeting[]> {
  const items: Meeting[] = [];
  let cursor: string | null | undefined;
  do {
    const page = await client.voting.list(
      { status, limit: ALL, ...(cursor ? { cursor } : {}) },
      { signal },
    );
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

// Open ones first, the soonest to close first; then scheduled ones, the soonest to open first.
const deadlineOf = (meeting: Meeting) =>
  meeting.status === 'open' ? meeting.closesAt : meeting.opensAt;
const byDeadline = (a: Meeting, b: Meeting) =>
  a.status === b.status
    ? Date.parse(deadlineOf(a)) - Date.parse(deadlineOf(b))
    : a.status === 'open'
      ? -1
      : 1;

type ListArgs = readonly [AtriumClient | undefined, string | undefined, number];

/**
 * The meetings the person may see: open and scheduled ones first, each with its deadline
 * and the time left, then closed ones, newest first, with "Show more".
 */
export class MeetingList {
  #more: MeetingPage[] = [];
  #moreOf: Meetings | undefined;
  #moreFailure: Failure | null = null;
  #refreshes = 0;
  readonly #moreAction: ActionController;
  readonly #first: Task<ListArgs, Meetings>;

  constructor(
    private readonly host: VotingHost,
    private readonly atrium: AtriumController,
    private readonly id: string,
    private readonly countdowns: Countdowns,
    private readonly onOpen: (meetingId: string) => void,
  ) {
    this.#moreAction = new ActionController(host);
    this.#first = new Task(host, {
      task: async ([client, personId], { signal }) => {
        if (!client || !personId) return initialState;
        const [open, scheduled, closed] = await Promise.all([
          everyMeeting(client, 'open', signal),
          everyMeeting(client, 'scheduled', signal),
          client.voting.list({ status: 'closed', limit: PAGE_SIZE }, { signal }),
        ]);
        return { upcoming: [...open, ...scheduled].sort(byDeadline), closed };
      },
      args: (): ListArgs => [this.atrium.client, this.atrium.session.me?.id, this.#refreshes],
    });
  }

  get pending(): boolean {
    return this.#first.status === TaskStatus.PENDING;
  }

  /** Loads the list again (a vote was cast, a deadline passed). */
  refresh(): void {
    this.#refreshes++;
    this.host.requestUpdate();
  }

  render(t: Translate, staff: boolean): TemplateResult {
    return this.#first.render({
      initial: () => loadingView(t),
      pending: () => {
        const shown = this.#first.value;
        return shown ? this.#lists(t, staff, shown) : loadingView(t);
      },
      complete: (shown) => this.#lists(t, staff, shown),
      error: (reason) => failureView(t, asFailure(reason), this.#retry),
    });
  }

  #closedPages(first: Meetings): MeetingPage[] {
    return [first.closed, ...(this.#moreOf === first ? this.#more : [])];
  }

  #lists(t: Translate, staff: boolean, first: Meetings): TemplateResult {
    const pages = this.#closedPages(first);
    const closed = pages.flatMap((page) => page.items);
    if (!first.upcoming.length && !closed.length) {
      return statusMessage(t(staff ? 'emptyStaff' : 'empty'));
    }
    const row = (meeting: Meeting) => this.#row(t, meeting);
    const upcomingRows = first.upcoming.map(row);
    const closedRows = closed.map(row);
    const upcoming = upcomingRows.length
      ? html`<ul part="list" aria-labelledby="${this.id}-upcoming">
          ${upcomingRows}
        </ul>`
      : html`<p part="status">${t('noUpcoming')}</p>`;
    const past = closed.length
      ? html`<h3 id="${this.id}-past">${t('past')}</h3>
          <ul part="list" aria-labelledby="${this.id}-past">
            ${closedRows}
          </ul>
          ${morePages({
            id: this.id,
            t,
            count: closed.length,
            hasMore: Boolean(pages.at(-1)?.nextCursor),
            busy: this.#moreAction.busy,
            failure: this.#moreFailure,
            onMore: this.#onMore,
          })}`
      : '';
    return html`<h3 id="${this.id}-upcoming">${t('upcoming')}</h3>
      ${upcoming} ${past}`;
  }

  #row(t: Translate, meeting: Meeting): TemplateResult {
    const locale = this.atrium.locale;
    return html`<li part="row" data-meeting=${meeting.id}>
      <div class="row-head">
        <button part="open" type="button" data-meeting=${meeting.id} @click=${this.#onOpen}>
          ${meeting.title}
        </button>
        ${statusBadge(t, meeting.status)}
      </div>
      <p class="muted">${meeting.property.name}</p>
      ${windowLine({
        t,
        locale,
        meeting,
        countdowns: this.countdowns,
        when: (timestamp) => dateTime(timestamp, locale),
      })}
      ${pendingNote(t, meeting)}
    </li>`;
  }

  readonly #retry = (): void => void this.#first.run();

  readonly #onOpen = (event: Event): void => {
    this.onOpen((event.currentTarget as HTMLElement).dataset['meeting'] ?? '');
  };

  readonly #onMore = async (): Promise<void> => {
    const client = this.atrium.client;
    const first = this.#first.value;
    if (!client || !first) return;
    const earlier = this.#closedPages(first).slice(1);
    const cursor = [first.closed, ...earlier].at(-1)?.nextCursor;
    if (!cursor) return;
    const count = [first.closed, ...earlier].reduce((sum, page) => sum + page.items.length, 0);
    this.#moreFailure = await this.#moreAction.run(async (signal) => {
      const query = { status: 'closed' as const, cursor, limit: PAGE_SIZE };
      const page = await client.voting.list(query, { signal });
      // The list may have been loaded again while this page travelled.
      if (this.#first.value !== first) return;
      this.#moreOf = first;
      this.#more = [...earlier, page];
    });
    this.host.requestUpdate();
    // The button may be gone (no more pages): focus the first meeting just added.
    await this.host.updateComplete;
    const added = this.#closedPages(first).flatMap((page) => page.items)[count];
    if (added) this.focusMeeting(added.id);
  };

  /** Focuses a meeting's "open" button, if it is listed (coming back from it, say). */
  focusMeeting(meetingId: string): boolean {
    const button = this.host.renderRoot.querySelector<HTMLElement>(
      `[part="open"][data-meeting="${meetingId}"]`,
    );
    button?.focus();
    return Boolean(button);
  }
}

import { html, type TemplateResult } from 'lit';
import {
  paginate,
  type AtriumClient,
  type Meeting,
  type MeetingPage,
  type MeetingStatus,
} from '@atrium/sdk';
import type { AtriumController } from '../core/atrium-controller.js';
import type { Translate } from '../core/i18n.js';
import { MorePages } from '../core/more-pages.js';
import { SignedInLoad } from '../core/signed-in-load.js';
import { statusMessage } from '../core/status-views.js';
import { statusBadge } from '../core/status-badge.js';
import type { PartHost } from '../core/part-host.js';
import type { Countdowns } from './countdown.js';
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
  const pages = paginate((query) => client.voting.list({ ...query, status }, { signal }), {
    limit: ALL,
  });
  for await (const page of pages) items.push(...page);
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

/**
 * The meetings the person may see: open and scheduled ones first, each with its deadline
 * and the time left, then closed ones, newest first, with "Show more".
 */
export class MeetingList {
  readonly #first: SignedInLoad<Meetings, readonly []>;
  readonly #closed: MorePages<Meetings, Meeting>;

  constructor(
    private readonly host: PartHost,
    private readonly atrium: AtriumController,
    private readonly id: string,
    private readonly countdowns: Countdowns,
    private readonly onOpen: (meetingId: string) => void,
  ) {
    this.#first = new SignedInLoad(host, atrium, {
      args: () => [] as const,
      load: async (client, _args, signal) => {
        const [open, scheduled, closed] = await Promise.all([
          everyMeeting(client, 'open', signal),
          everyMeeting(client, 'scheduled', signal),
          client.voting.list({ status: 'closed', limit: PAGE_SIZE }, { signal }),
        ]);
        return { upcoming: [...open, ...scheduled].sort(byDeadline), closed };
      },
    });
    this.#closed = new MorePages(host, {
      client: () => atrium.client,
      first: () => this.#first.value,
      pageOf: (first) => first.closed,
      next: (client, cursor, signal) =>
        client.voting.list({ status: 'closed', cursor, limit: PAGE_SIZE }, { signal }),
      focus: (meeting) => this.focusMeeting(meeting.id),
    });
  }

  get pending(): boolean {
    return this.#first.pending;
  }

  /** Loads the list again (a vote was cast, a deadline passed). */
  refresh(): void {
    this.#first.reload();
  }

  render(t: Translate, staff: boolean): TemplateResult {
    return this.#first.render(t, (shown) => this.#lists(t, staff, shown));
  }

  #lists(t: Translate, staff: boolean, first: Meetings): TemplateResult {
    const closed = this.#closed.items(first);
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
          ${this.#closed.render(this.id, t, first)}`
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
      ${windowLine({ t, locale, meeting, countdowns: this.countdowns })} ${pendingNote(t, meeting)}
    </li>`;
  }

  readonly #onOpen = (event: Event): void => {
    this.onOpen((event.currentTarget as HTMLElement).dataset['meeting'] ?? '');
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

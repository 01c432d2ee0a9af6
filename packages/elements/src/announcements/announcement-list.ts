import { html, type TemplateResult } from 'lit';
import type { Announcement, AnnouncementPage, AnnouncementStatus } from '@atrium/sdk';
import type { AtriumController } from '../core/atrium-controller.js';
import type { Translate } from '../core/i18n.js';
import { MorePages } from '../core/more-pages.js';
import type { PartHost } from '../core/part-host.js';
import { SignedInLoad } from '../core/signed-in-load.js';
import { statusMessage } from '../core/status-views.js';
import { announcementItem } from './announcement-item.js';
import { ReadMarks } from './read-marks.js';

/** Announcements per page; "Show more" asks for the next page with the cursor. */
const PAGE_SIZE = 10;

/** The first page, and the status it lists (another status is another list). */
interface Listed {
  status: AnnouncementStatus;
  page: AnnouncementPage;
}

const emptyText = {
  current: 'empty',
  scheduled: 'emptyScheduled',
  ended: 'emptyEnded',
} as const satisfies Record<AnnouncementStatus, string>;

/**
 * The announcements the person may see, newest first as the server lists them, with "Show
 * more": each unfolds in place, and unfolding an unread one marks it read on the server,
 * which lowers the count of unread ones without loading the list again.
 */
export class AnnouncementList {
  readonly #first: SignedInLoad<Listed, readonly [AnnouncementStatus]>;
  readonly #more: MorePages<Listed, Announcement>;
  readonly #marks: ReadMarks;
  readonly #open = new Set<string>();
  /** The load the unfolded items and the marks belong to. */
  #stateOf: Listed | undefined;

  constructor(
    private readonly host: PartHost,
    private readonly atrium: AtriumController,
    private readonly id: string,
    private readonly status: () => AnnouncementStatus,
    private readonly onRead: (announcement: Announcement, unread: number) => void,
  ) {
    this.#marks = new ReadMarks(host);
    this.#first = new SignedInLoad(host, atrium, {
      args: () => [this.status()] as const,
      load: async (client, [status], signal) => ({
        status,
        page: await client.announcements.list({ status, limit: PAGE_SIZE }, { signal }),
      }),
    });
    this.#more = new MorePages(host, {
      client: () => atrium.client,
      first: () => this.#first.value,
      pageOf: (first) => first.page,
      next: (client, cursor, signal) =>
        client.announcements.list({ status: this.status(), cursor, limit: PAGE_SIZE }, { signal }),
      focus: (announcement) => this.focusAnnouncement(announcement.id),
    });
  }

  get pending(): boolean {
    return this.#first.pending;
  }

  /** How many current announcements the reader has not read; null until the list is loaded. */
  get unread(): number | null {
    const first = this.#first.value;
    if (!first) return null;
    this.#sync(first);
    const readSince = this.#marks.readSince(this.#more.items(first));
    return Math.max(0, first.page.unread - readSince);
  }

  /** Loads the list again (the page knows one was published, say). */
  refresh(): void {
    this.#first.reload();
  }

  render(t: Translate): TemplateResult {
    // A status switched to is another list: the skeleton, not the last status's items.
    const sameStatus = (listed: Listed) => listed.status === this.status();
    return this.#first.render(t, (listed) => this.#list(t, listed), sameStatus);
  }

  /**
   * What is unfolded and marked read belongs to one load of the list: a new one (another
   * person signed in, a refresh, another status) starts folded, with the server's marks.
   */
  #sync(listed: Listed): void {
    if (listed === this.#stateOf) return;
    this.#stateOf = listed;
    this.#open.clear();
    this.#marks.clear();
  }

  #list(t: Translate, listed: Listed): TemplateResult {
    this.#sync(listed);
    const announcements = this.#more.items(listed);
    if (!announcements.length) return statusMessage(t(emptyText[listed.status]));
    const locale = this.atrium.locale;
    const items = announcements.map((announcement) =>
      announcementItem({
        t,
        locale,
        id: `${this.id}-${announcement.id}`,
        announcement,
        read: this.#marks.isRead(announcement),
        open: this.#open.has(announcement.id),
        onToggle: this.#onToggle,
      }),
    );
    return html`<ul part="list">
        ${items}
      </ul>
      ${this.#more.render(this.id, t, listed)}`;
  }

  readonly #onToggle = (event: Event): void => {
    const id = (event.currentTarget as HTMLElement).dataset['announcement'] ?? '';
    if (this.#open.delete(id)) return this.host.requestUpdate();
    this.#open.add(id);
    this.host.requestUpdate();
    const listed = this.#first.value;
    const announcement = listed && this.#more.items(listed).find((item) => item.id === id);
    if (announcement?.status === 'current') void this.#markRead(announcement);
  };

  async #markRead(announcement: Announcement): Promise<void> {
    const client = this.atrium.client;
    if (!client || !(await this.#marks.mark(client, announcement))) return;
    this.onRead({ ...announcement, read: true }, this.unread ?? 0);
  }

  /** Focuses an announcement's button, if it is listed ("Show more" added it, say). */
  focusAnnouncement(announcementId: string): boolean {
    const button = this.host.renderRoot.querySelector<HTMLElement>(
      `[part="toggle"][data-announcement="${announcementId}"]`,
    );
    button?.focus();
    return Boolean(button);
  }
}

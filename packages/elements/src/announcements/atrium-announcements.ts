import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Announcement, AnnouncementStatus, Me } from '@atrium/sdk';
import { AtriumController } from '../core/atrium-controller.js';
import { AtriumWidget } from '../core/atrium-widget.js';
import type { Translate } from '../core/i18n.js';
import { listViewStyles } from '../core/list-view-styles.js';
import { signedInView } from '../core/signed-in-view.js';
import { isStaff } from '../core/staff.js';
import { badgeStyles } from '../core/status-badge.js';
import { widgetFrame } from '../core/widget-frame.js';
import { widgetStyles } from '../core/widget-styles.js';
import { AtriumAnnouncementReadEvent } from '../events/atrium-announcement-read.js';
import { AnnouncementList } from './announcement-list.js';
import { announcementsStyles } from './atrium-announcements.styles.js';
import { announcementsMessages } from './locales/index.js';

let instances = 0;

/** The contract's statuses, in the order the filter offers them. */
const statuses = ['current', 'scheduled', 'ended'] as const satisfies readonly AnnouncementStatus[];

/** Who publishes announcements, and so may list the scheduled and ended ones: staff and boards. */
const isAuthor = (me: Me) => isStaff(me) || me.roles.includes('board_member');

/**
 * Announcements of the management company and the community's board (ANN-1, ORG-4): those
 * the signed-in person may see now, newest first, each with the day it went up, whom it is
 * for and who posted it; a board's internal notice is labelled as one. Unread ones are
 * marked, in words as well as in colour, and the heading counts them. An announcement's
 * title unfolds its text (the server's Markdown, rendered and sanitised there), and
 * unfolding an unread one marks it read. Staff and board members may also list the
 * scheduled and ended ones.
 *
 * Place it on the page whether or not anyone is signed in: signed out, it asks the reader
 * to sign in and shows the announcements as soon as they do, through the shared connection.
 *
 * @summary Announcements the reader may see, unread ones marked and counted; opening one marks it read.
 * @tagname atrium-announcements
 *
 * @fires {AtriumAnnouncementReadEvent} atrium-announcement-read - An unread announcement was opened and marked read; `detail` has it and the unread count left.
 *
 * @csspart base - The widget's frame.
 * @csspart heading - The heading.
 * @csspart unread-count - The number of unread announcements, in the heading (none when all are read).
 * @csspart status - Messages: signed out, no announcements, loading, errors.
 * @csspart retry - The "Try again" button of an error.
 * @csspart skeleton - The placeholder shown while loading.
 * @csspart filter - Current, scheduled or ended (staff and board members only).
 * @csspart list - The list of announcements.
 * @csspart item - One announcement (with `data-status`: current, scheduled, ended, and `data-read`: true, false for current ones).
 * @csspart toggle - Its title, the button that unfolds and folds its text (`aria-expanded`).
 * @csspart title - The title's text.
 * @csspart unread - "Unread", on an unread announcement.
 * @csspart internal - "Board's internal notice", on one for the board alone.
 * @csspart badge - A scheduled or ended announcement's status (with `data-status`).
 * @csspart meta - The day it went up, its audience and author.
 * @csspart audience - Whom it is for: the property, group or company, and the roles when narrowed.
 * @csspart roles - The roles it is narrowed to ("for owners").
 * @csspart author - Who posted it, and as what.
 * @csspart window - When a scheduled one goes up or an ended one came down.
 * @csspart body - Its text: paragraphs, lists, links, emphasis, as the server rendered them.
 * @csspart more - The "Show more" button.
 *
 * @cssprop --atrium-color-primary - Buttons, links, the unread marks and count, the focus ring.
 * @cssprop --atrium-color-on-primary - Text on the unread count.
 * @cssprop --atrium-color-background - Controls' background.
 * @cssprop --atrium-color-text - Text.
 * @cssprop --atrium-color-muted - Dates, audiences, authors; ended announcements' badges.
 * @cssprop --atrium-color-border - Rules between announcements, quotes, the skeleton.
 * @cssprop --atrium-color-danger - Errors.
 * @cssprop --atrium-color-chart-2 - Scheduled announcements' badges.
 * @cssprop --atrium-color-chart-3 - The board's internal notices' label.
 * @cssprop --atrium-font-family - Font.
 * @cssprop --atrium-radius - Corner radius.
 * @cssprop --atrium-space-4 - Gaps; also `--atrium-space-1` … `--atrium-space-6`.
 * @cssprop --atrium-focus-ring - The focus outline (a box-shadow).
 */
export class AtriumAnnouncements extends AtriumWidget {
  static override styles = [widgetStyles, listViewStyles, badgeStyles, announcementsStyles];

  /**
   * Which announcements: `current` (the default), or, for staff and board members,
   * `scheduled` or `ended`. Set when one of those picks another.
   */
  @property() status: AnnouncementStatus = 'current';

  readonly #atrium = new AtriumController(this, 'announcements', announcementsMessages);
  readonly #id = `atrium-announcements-${++instances}`;
  readonly #list = new AnnouncementList(
    this,
    this.#atrium,
    this.#id,
    () => this.status,
    (announcement, unread) => this.#read(announcement, unread),
  );

  /** Loads the announcements again (the page knows one was published, say). */
  refresh(): void {
    this.#list.refresh();
  }

  protected override render(): TemplateResult {
    const t = this.#atrium.t;
    return widgetFrame({
      id: this.#id,
      heading: this.#heading(t),
      busy: this.#list.pending,
      body: signedInView(this.#atrium, t, (me) => this.#body(t, me)),
    });
  }

  #heading(t: Translate): TemplateResult {
    // Signed out, the count of the person who was signed in is not shown.
    const unread = this.#atrium.session.me ? this.#list.unread : null;
    const count = unread
      ? html` <span part="unread-count">${t('unreadCount', { count: unread })}</span>`
      : nothing;
    return html`${t('heading')}${count}`;
  }

  #body(t: Translate, me: Me): TemplateResult {
    return html`${isAuthor(me) ? this.#filter(t) : nothing} ${this.#list.render(t)}`;
  }

  #filter(t: Translate): TemplateResult {
    const options = statuses.map(
      (status) =>
        html`<option value=${status} ?selected=${this.status === status}>
          ${t(`filter.${status}`)}
        </option>`,
    );
    return html`<div part="filter" class="field">
      <label for="${this.#id}-filter">${t('filter.label')}</label>
      <select id="${this.#id}-filter" @change=${this.#onFilter}>
        ${options}
      </select>
    </div>`;
  }

  readonly #onFilter = (event: Event): void => {
    this.status = (event.target as HTMLSelectElement).value as AnnouncementStatus;
  };

  #read(announcement: Announcement, unread: number): void {
    const event = new AtriumAnnouncementReadEvent({ announcement, unread });
    this.dispatchEvent(event);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'atrium-announcements': AtriumAnnouncements;
  }
}

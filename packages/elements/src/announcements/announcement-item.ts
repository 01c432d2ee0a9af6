import { html, nothing, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { Announcement, Locale } from '@atrium/sdk';
import { dateLabel } from '../core/format.js';
import type { Translate } from '../core/i18n.js';
import { statusBadge } from '../core/status-badge.js';

export interface AnnouncementItemOptions {
  t: Translate;
  locale: Locale;
  /** The element id prefix of this item. */
  id: string;
  announcement: Announcement;
  read: boolean;
  /** Whether the reader unfolded its text. */
  open: boolean;
  onToggle: (event: Event) => void;
}

/** A board's internal notice (ANN-1): for the board members of its community alone. */
export function isInternal({ audience }: Announcement): boolean {
  return audience.roles?.length === 1 && audience.roles[0] === 'board_member';
}

/** Who it is narrowed to, when not everyone in its scope (ORG-4): "for owners and residents". */
function rolesNote(t: Translate, locale: Locale, announcement: Announcement) {
  const roles = announcement.audience.roles;
  if (!roles?.length || isInternal(announcement)) return nothing;
  const list = new Intl.ListFormat(locale, { type: 'conjunction' });
  const names = list.format(roles.map((role) => t(`roles.${role}`)));
  return html`, <span part="roles">${t('forRoles', { roles: names })}</span>`;
}

/** For its authors: when a scheduled one goes up, or when an ended one came down. */
function windowLine(t: Translate, locale: Locale, announcement: Announcement) {
  const { status, visibleFrom, visibleUntil } = announcement;
  if (status === 'current') return nothing;
  const when = status === 'scheduled' ? visibleFrom : (visibleUntil ?? visibleFrom);
  const date = dateLabel(when, locale, 'd MMMM yyyy');
  return html`<p part="window">${t(`window.${status}`, { date })}</p>`;
}

const separator = html`<span class="separator" aria-hidden="true"> · </span>`;

/** The day it went up (a scheduled one's is its window line), its audience, its author. */
function metaLine(t: Translate, locale: Locale, announcement: Announcement) {
  const { visibleFrom, author } = announcement;
  const posted = html`<span class="visually-hidden">${t('posted')}</span>
    <time datetime=${visibleFrom}>${dateLabel(visibleFrom, locale, 'd MMMM yyyy')}</time>`;
  const audience = html`<span part="audience">
    <span class="visually-hidden">${t('audience')}</span>
    ${announcement.audienceName}${rolesNote(t, locale, announcement)}
  </span>`;
  const by = html`<span part="author">
    ${t('author', { name: author.name, role: t(`authorRole.${author.role}`) })}
  </span>`;
  const pieces = announcement.status === 'scheduled' ? [audience, by] : [posted, audience, by];
  return pieces.map((piece, i) => (i ? html`${separator}${piece}` : piece));
}

/**
 * One announcement: its title as the button that unfolds its text (marked unread, and
 * labelled when it is a board's internal notice), the day it went up, its audience and
 * author; for its authors, when a scheduled one goes up or an ended one came down. The
 * text is the server's sanitised HTML of its Markdown, inserted as it is.
 */
export function announcementItem(options: AnnouncementItemOptions): TemplateResult {
  const { t, locale, id, announcement, read, open } = options;
  const { status } = announcement;
  const current = status === 'current';
  const unread =
    current && !read
      ? html`<span part="unread"><span class="dot" aria-hidden="true"></span>${t('unread')}</span>`
      : nothing;
  const internal = isInternal(announcement)
    ? html`<span part="internal">${t('internal')}</span>`
    : nothing;
  return html`<li
    part="item"
    data-announcement=${announcement.id}
    data-read=${current ? String(read) : nothing}
    data-status=${status}
  >
    <h3>
      <button
        part="toggle"
        type="button"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls="${id}-body"
        data-announcement=${announcement.id}
        @click=${options.onToggle}
      >
        <span class="chevron" aria-hidden="true"></span>
        <span class="toggle-text">
          <span part="title">${announcement.title}</span>
          ${unread} ${internal} ${current ? nothing : statusBadge(t, status)}
        </span>
      </button>
    </h3>
    <p part="meta">${metaLine(t, locale, announcement)}</p>
    ${windowLine(t, locale, announcement)}
    <div part="body" id="${id}-body" ?hidden=${!open}>${unsafeHTML(announcement.html)}</div>
  </li>`;
}

// Test support for the announcements widget: the demo's people and announcements, fresh
// announcements, and the widget as the reader sees it.
import { fixture, html, waitUntil } from '@open-wc/testing';
import {
  paginate,
  type Announcement,
  type AnnouncementStatus,
  type AtriumClient,
  type Locale,
} from '@atrium/sdk';
import '../define/atrium-announcements.js';
import type { AtriumAnnouncements } from '../announcements/atrium-announcements.js';
import { demo, signedInClient } from './atrium-server.js';
import { all, root, settled, textOf } from './widget-queries.js';

/** The widget on `client`'s announcements of `status`, once it shows something settled. */
export async function announcementsOf(
  client: AtriumClient,
  locale: Locale,
  status: AnnouncementStatus = 'current',
): Promise<AtriumAnnouncements> {
  const el = await fixture<AtriumAnnouncements>(
    html`<atrium-announcements
      .client=${client}
      locale=${locale}
      status=${status}
    ></atrium-announcements>`,
  );
  await settled(el, '[part="list"]', 'the announcements');
  return el;
}

/** The announcements listed, in order, as the widget shows them. */
export const shownItems = (el: Element) =>
  all(el, '[part="item"]').map((item) => ({
    id: item.dataset['announcement'],
    title: textOf(item.querySelector('[part="title"]')),
    read: item.dataset['read'],
  }));

/** An announcement's item in the widget, or null when it is not listed. */
export const itemOf = (el: Element, announcementId: string) =>
  root(el).querySelector<HTMLElement>(`[part="item"][data-announcement="${announcementId}"]`);

/** Presses "Show more" until the announcement is listed (it may be past the first page). */
export async function showUntilListed(el: Element, announcementId: string): Promise<HTMLElement> {
  for (let item = itemOf(el, announcementId); !item; item = itemOf(el, announcementId)) {
    const count = all(el, '[part="item"]').length;
    const more = root(el).querySelector<HTMLButtonElement>('[part="more"]');
    if (!more) throw new Error(`announcement ${announcementId} is not listed`);
    more.click();
    await waitUntil(() => all(el, '[part="item"]').length > count, 'no more announcements');
  }
  return itemOf(el, announcementId) as HTMLElement;
}

/** The heading's count of unread announcements, as a number (0 when none is shown). */
export const unreadShown = (el: Element) =>
  Number(textOf(root(el).querySelector('[part="unread-count"]'))?.replace(/\D/g, '') || 0);

/** Every announcement of `status` the client may see, newest first, through every page. */
export async function everyAnnouncement(
  client: AtriumClient,
  status: AnnouncementStatus = 'current',
): Promise<Announcement[]> {
  const items: Announcement[] = [];
  const pages = paginate((query) => client.announcements.list({ ...query, status }), {
    limit: 100,
  });
  for await (const page of pages) items.push(...page);
  return items;
}

/** Leśna 5's people as the demo seeds them, and a way to post announcements of one's own. */
export interface AnnouncementsDemo {
  /** Anna: a co-owner and resident of lokal 12, on the board. */
  anna: AtriumClient;
  /** Jan: a co-owner of lokal 12, not on the board. */
  jan: AtriumClient;
  /** Katarzyna: the manager. */
  katarzyna: AtriumClient;
  /** The board's internal notice (audience roles: board members alone). */
  internal: Announcement;
  /**
   * An announcement to everyone of Leśna 5, up from now, posted by Katarzyna, so a test
   * reads one of its own and reruns find it unread.
   */
  fresh(body?: string): Promise<Announcement>;
}

let posted = 0;

export async function announcementsDemo(): Promise<AnnouncementsDemo> {
  const [anna, jan, katarzyna] = await Promise.all([
    signedInClient(demo.anna),
    signedInClient(demo.jan),
    signedInClient(demo.katarzyna),
  ]);
  const internal = (await everyAnnouncement(anna)).find(
    ({ audience }) => audience.roles?.length === 1 && audience.roles[0] === 'board_member',
  );
  if (!internal) throw new Error('the demo has no board’s internal notice');
  return {
    anna,
    jan,
    katarzyna,
    internal,
    fresh: (body = 'Prosimy o zapoznanie się z **nowym** regulaminem.') =>
      katarzyna.announcements.create({
        title: `Ogłoszenie testowe ${++posted}`,
        body,
        audience: { scope: 'tenant' },
      }),
  };
}

import type { Announcement } from '@atrium/sdk';

export interface AnnouncementReadDetail {
  /** The announcement the reader opened, now marked read on the server. */
  announcement: Announcement;
  /** How many current announcements the reader has still not read. */
  unread: number;
}

/**
 * The reader opened an unread announcement and the server marked it read. Bubbles out of
 * shadow roots, so the page can update a count it shows elsewhere (a menu's badge).
 */
export class AtriumAnnouncementReadEvent extends CustomEvent<AnnouncementReadDetail> {
  constructor(detail: AnnouncementReadDetail) {
    super('atrium-announcement-read', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'atrium-announcement-read': AtriumAnnouncementReadEvent;
  }
}

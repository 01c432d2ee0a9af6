import type { Messages } from '../../core/i18n.js';

export const en = {
  heading: 'Announcements',
  unreadCount_one: '{{count}} unread',
  unreadCount_other: '{{count}} unread',
  signedOut: 'Sign in to see the announcements of your management company and community.',
  loading: 'Loading the announcements…',
  empty:
    'No announcements now. When the management company or the board posts one, it appears here.',
  emptyScheduled: 'No announcements are scheduled.',
  emptyEnded: 'No announcements have ended.',
  more: 'Show more',
  moreLoading: 'Loading…',
  shown_one: '{{count}} announcement shown',
  shown_other: '{{count}} announcements shown',
  filter: {
    label: 'Show',
    current: 'Current',
    scheduled: 'Scheduled',
    ended: 'Ended',
  },
  statusLabel: 'Status:',
  status: { current: 'Current', scheduled: 'Scheduled', ended: 'Ended' },
  unread: 'Unread',
  internal: 'Board’s internal notice',
  forRoles: 'for {{roles}}',
  roles: { owner: 'owners', resident: 'residents', board_member: 'the board' },
  posted: 'Posted:',
  audience: 'For:',
  author: '{{name}}, {{role}}',
  authorRole: { manager: 'manager', director: 'director', board_member: 'board member' },
  window: {
    scheduled: 'Goes up {{date}}.',
    ended: 'Taken down {{date}}.',
  },
  errors: {
    forbidden: 'Only the management company and the board see scheduled and ended announcements.',
  },
} satisfies Messages;

import type { Messages } from '../../core/i18n.js';

export const pl = {
  heading: 'Ogłoszenia',
  unreadCount_one: '{{count}} nieprzeczytane',
  unreadCount_few: '{{count}} nieprzeczytane',
  unreadCount_many: '{{count}} nieprzeczytanych',
  unreadCount_other: '{{count}} nieprzeczytanego',
  signedOut: 'Zaloguj się, aby zobaczyć ogłoszenia zarządcy i wspólnoty.',
  loading: 'Wczytywanie ogłoszeń…',
  empty:
    'Nie ma teraz ogłoszeń. Gdy zarządca lub zarząd wspólnoty coś ogłosi, pojawi się to tutaj.',
  emptyScheduled: 'Nie ma zaplanowanych ogłoszeń.',
  emptyEnded: 'Nie ma zakończonych ogłoszeń.',
  more: 'Pokaż więcej',
  moreLoading: 'Wczytywanie…',
  shown_one: 'Wyświetlono {{count}} ogłoszenie',
  shown_few: 'Wyświetlono {{count}} ogłoszenia',
  shown_many: 'Wyświetlono {{count}} ogłoszeń',
  shown_other: 'Wyświetlono {{count}} ogłoszenia',
  filter: {
    label: 'Pokaż',
    current: 'Bieżące',
    scheduled: 'Zaplanowane',
    ended: 'Zakończone',
  },
  statusLabel: 'Status:',
  status: { current: 'Bieżące', scheduled: 'Zaplanowane', ended: 'Zakończone' },
  unread: 'Nieprzeczytane',
  internal: 'Komunikat wewnętrzny zarządu',
  forRoles: 'dla {{roles}}',
  roles: { owner: 'właścicieli', resident: 'lokatorów', board_member: 'zarządu' },
  posted: 'Opublikowano:',
  audience: 'Odbiorcy:',
  author: '{{name}}, {{role}}',
  authorRole: {
    manager: 'zarządca',
    director: 'dyrektor',
    board_member: 'członek zarządu wspólnoty',
  },
  window: {
    scheduled: 'Pojawi się {{date}}.',
    ended: 'Zdjęte {{date}}.',
  },
  errors: {
    forbidden: 'Zaplanowane i zakończone ogłoszenia widzą tylko zarządca i zarząd wspólnoty.',
  },
} satisfies Messages;

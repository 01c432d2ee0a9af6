import type { Messages } from '../../core/i18n.js';

export const ru = {
  heading: 'Объявления',
  unreadCount_one: '{{count}} непрочитанное',
  unreadCount_few: '{{count}} непрочитанных',
  unreadCount_many: '{{count}} непрочитанных',
  unreadCount_other: '{{count}} непрочитанного',
  signedOut: 'Войдите, чтобы увидеть объявления управляющей компании и дома.',
  loading: 'Загрузка объявлений…',
  empty:
    'Объявлений сейчас нет. Когда управляющая компания или правление опубликует объявление, оно появится здесь.',
  emptyScheduled: 'Запланированных объявлений нет.',
  emptyEnded: 'Снятых объявлений нет.',
  more: 'Показать ещё',
  moreLoading: 'Загрузка…',
  shown_one: 'Показано {{count}} объявление',
  shown_few: 'Показано {{count}} объявления',
  shown_many: 'Показано {{count}} объявлений',
  shown_other: 'Показано {{count}} объявления',
  filter: {
    label: 'Показать',
    current: 'Действующие',
    scheduled: 'Запланированные',
    ended: 'Снятые',
  },
  statusLabel: 'Статус:',
  status: { current: 'Действует', scheduled: 'Запланировано', ended: 'Снято' },
  unread: 'Не прочитано',
  internal: 'Внутреннее сообщение правления',
  forRoles: 'для {{roles}}',
  roles: { owner: 'собственников', resident: 'жителей', board_member: 'правления' },
  posted: 'Опубликовано:',
  audience: 'Кому:',
  author: '{{name}}, {{role}}',
  authorRole: { manager: 'управляющий', director: 'директор', board_member: 'член правления' },
  window: {
    scheduled: 'Будет опубликовано {{date}}.',
    ended: 'Снято {{date}}.',
  },
  errors: {
    forbidden: 'Запланированные и снятые объявления видят только управляющая компания и правление.',
  },
} satisfies Messages;

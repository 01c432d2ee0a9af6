import type { Messages } from '../../core/i18n.js';

export const ru = {
  heading: 'Отчёты',
  signedOut: 'Войдите, чтобы увидеть свои отчёты и выписки.',
  empty: 'Отчётов пока нет. Выписка появится здесь после каждого завершённого месяца.',
  loading: 'Загрузка отчётов…',
  caption: 'Отчёты и выписки, сначала новые: {{unit}}',
  columns: { document: 'Документ', month: 'Месяц', unit: 'Апартаменты', files: 'Скачать' },
  kind: { statement: 'Ежемесячная выписка', agent_report: 'Агентский отчёт' },
  download: 'Скачать {{format}}: {{name}}',
  downloading: 'Скачивание {{format}}: {{name}}',
  downloaded: 'Скачан файл {{fileName}}',
  received: 'Получено {{size}}',
  more: 'Показать ещё',
  moreLoading: 'Загрузка…',
  shown_one: 'Показан {{count}} отчёт',
  shown_few: 'Показано {{count}} отчёта',
  shown_many: 'Показано {{count}} отчётов',
  shown_other: 'Показано {{count}} отчёта',
} satisfies Messages;

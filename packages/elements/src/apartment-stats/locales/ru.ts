import type { Messages } from '../../core/i18n.js';

export const ru = {
  heading: 'Статистика апартаментов',
  signedOut: 'Войдите, чтобы увидеть статистику своих апартаментов.',
  noUnits: 'У вашей учётной записи нет апартаментов в собственности, поэтому статистики нет.',
  empty: 'Ни один месяц ещё не завершён. Статистика появится, когда закончится первый месяц.',
  loading: 'Загрузка статистики…',
  range: { legend: 'Период', from: 'С', to: 'По' },
  view: { label: 'Показать', charts: 'Графики', table: 'Таблица' },
  charts: {
    occupancy: 'Загрузка',
    adr: 'Средняя цена за ночь',
    revenue: 'Выручка',
    accommodation: 'Проживание',
    extras: 'Дополнительные услуги',
    penalty: 'Штрафы за отмену',
    summary:
      '{{title}}, {{from}} — {{to}}: минимум {{min}} ({{minMonth}}), максимум {{max}} ({{maxMonth}}).',
    revenueSummary:
      'Выручка, {{from}} — {{to}}: проживание {{accommodation}}, дополнительные услуги {{extras}}, штрафы за отмену {{penalty}} в сумме.',
  },
  table: {
    caption: 'Статистика по месяцам: {{unit}}',
    month: 'Месяц',
    nightsSold: 'Продано ночей',
    nightsAvailable: 'Доступно ночей',
    occupancy: 'Загрузка',
    adr: 'Средняя цена за ночь',
    revpar: 'Выручка на доступную ночь',
    accommodation: 'Проживание',
    extras: 'Дополнительные услуги',
    penalty: 'Штрафы за отмену',
    total: 'Итого',
  },
  totals: {
    heading: 'Итоги за период',
    occupancy: 'Загрузка',
    nights_one: 'продана {{count}} ночь из {{available}}',
    nights_few: 'продано {{count}} ночи из {{available}}',
    nights_many: 'продано {{count}} ночей из {{available}}',
    nights_other: 'продано {{count}} ночи из {{available}}',
    adr: 'Средняя цена за ночь',
    revenue: 'Выручка',
    revenueParts: 'проживание {{accommodation}}, услуги {{extras}}, штрафы {{penalty}}',
  },
} satisfies Messages;

import type { Messages } from '../../core/i18n.js';

export const ru = {
  clientView: {
    on: 'Портал глазами клиента: {{name}}. Это только просмотр — изменить здесь ничего нельзя.',
    end: 'Завершить просмотр',
    ended: 'Просмотр портала глазами клиента ({{name}}) завершён.',
    close: 'Закрыть',
  },
} satisfies Messages;

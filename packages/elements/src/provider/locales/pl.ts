import type { Messages } from '../../core/i18n.js';

export const pl = {
  clientView: {
    on: 'Portal oczami klienta: {{name}}. To tylko podgląd — niczego tu nie można zmienić.',
    end: 'Zakończ podgląd',
    ended: 'Podgląd portalu oczami klienta ({{name}}) zakończył się.',
    close: 'Zamknij',
  },
} satisfies Messages;

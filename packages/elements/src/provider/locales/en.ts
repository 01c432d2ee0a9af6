import type { Messages } from '../../core/i18n.js';

export const en = {
  clientView: {
    on: 'The portal as the client sees it: {{name}}. This is a view only — nothing can be changed here.',
    end: 'End view',
    ended: 'The view of the portal as the client sees it ({{name}}) has ended.',
    close: 'Close',
  },
} satisfies Messages;

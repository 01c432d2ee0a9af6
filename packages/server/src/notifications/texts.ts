import type { Locale, NotificationKind } from '@atrium/sdk';

/** What a kind's e-mails are, as the object of "stop receiving …" in each language. */
export const kindMails: Record<Locale, Record<NotificationKind, string>> = {
  ru: {
    ticket_updates: 'письма об изменении статуса ваших заявок',
    registration_requests: 'письма о новых заявках на регистрацию',
  },
  pl: {
    ticket_updates: 'wiadomości o zmianach statusu Twoich zgłoszeń',
    registration_requests: 'wiadomości o nowych wnioskach o rejestrację',
  },
  en: {
    ticket_updates: 'e-mails about status changes of your fault tickets',
    registration_requests: 'e-mails about new registration requests',
  },
};

/** The footer line of a notification e-mail; its unsubscribe link follows (NOTE-2). */
export const footerLine: Record<Locale, (mails: string) => string> = {
  ru: (mails) => `Чтобы больше не получать ${mails}, откройте ссылку:`,
  pl: (mails) => `Aby nie otrzymywać już ${mails}, otwórz link:`,
  en: (mails) => `To stop receiving ${mails}, open this link:`,
};

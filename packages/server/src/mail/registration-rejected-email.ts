import type { Locale } from '@atrium/sdk';
import { noticeMail } from './notice-mail.js';
import type { MailMessage } from './outbox.js';

const texts: Record<
  Locale,
  {
    subject: (tenant: string) => string;
    greeting: (name: string) => string;
    rejected: (tenant: string) => string;
    reason: (reason: string) => string;
    contact: (email: string | null) => string;
  }
> = {
  ru: {
    subject: (tenant) => `${tenant}: заявка на регистрацию отклонена`,
    greeting: (name) => `Здравствуйте, ${name}!`,
    rejected: (tenant) => `Управляющая компания «${tenant}» отклонила вашу заявку на регистрацию.`,
    reason: (reason) => `Причина: ${reason}`,
    contact: (email) =>
      `Если вы считаете это ошибкой, свяжитесь с управляющей компанией${email ? `: ${email}` : '.'}`,
  },
  pl: {
    subject: (tenant) => `${tenant}: wniosek o rejestrację odrzucony`,
    greeting: (name) => `Dzień dobry, ${name}!`,
    rejected: (tenant) => `Zarządca „${tenant}” odrzucił Twój wniosek o rejestrację.`,
    reason: (reason) => `Powód: ${reason}`,
    contact: (email) =>
      `Jeśli uważasz, że to pomyłka, skontaktuj się z zarządcą${email ? `: ${email}` : '.'}`,
  },
  en: {
    subject: (tenant) => `${tenant}: registration request rejected`,
    greeting: (name) => `Hello ${name},`,
    rejected: (tenant) => `${tenant} has rejected your registration request.`,
    reason: (reason) => `Reason: ${reason}`,
    contact: (email) =>
      `If you think this is a mistake, contact the management company${email ? `: ${email}` : '.'}`,
  },
};

/** A registration request's rejection (DIR-5), in the person's language, with the reason if given. */
export function registrationRejectedEmail(
  locale: Locale,
  to: { email: string; name: string },
  tenant: { name: string; contactEmail: string | null },
  reason: string | null,
): MailMessage {
  const t = texts[locale];
  return noticeMail(
    to.email,
    t.subject(tenant.name),
    [
      t.greeting(to.name),
      t.rejected(tenant.name),
      reason === null ? null : t.reason(reason),
      t.contact(tenant.contactEmail),
    ].filter((line): line is string => line !== null),
  );
}

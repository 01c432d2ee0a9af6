import type { Locale } from '@atrium/sdk';
import { linkMail, type LinkMailLines } from './link-mail.js';
import type { MailMessage } from './outbox.js';

const texts: Record<
  Locale,
  { subject: (tenant: string) => string; lines: (name: string, tenant: string) => LinkMailLines }
> = {
  ru: {
    subject: (tenant) => `${tenant}: доступ к личному кабинету`,
    lines: (name, tenant) => ({
      greeting: `Здравствуйте, ${name}!`,
      reason: `Управляющая компания «${tenant}» открыла вам доступ к личному кабинету.`,
      action:
        'Чтобы задать пароль и войти, откройте ссылку (она действует 7 дней и только один раз):',
      ignore: 'Если вы не ждали этого письма, просто проигнорируйте его.',
    }),
  },
  pl: {
    subject: (tenant) => `${tenant}: dostęp do portalu`,
    lines: (name, tenant) => ({
      greeting: `Dzień dobry, ${name}!`,
      reason: `Zarządca „${tenant}” przyznał Ci dostęp do portalu.`,
      action: 'Aby ustawić hasło i się zalogować, otwórz link (ważny 7 dni i tylko raz):',
      ignore: 'Jeśli nie spodziewałeś się tej wiadomości, zignoruj ją.',
    }),
  },
  en: {
    subject: (tenant) => `${tenant}: your portal access`,
    lines: (name, tenant) => ({
      greeting: `Hello ${name},`,
      reason: `${tenant} has given you access to their portal.`,
      action: 'To set your password and sign in, open this link (valid for 7 days, once):',
      ignore: 'If you did not expect this, ignore this e-mail.',
    }),
  },
};

/** The invitation to the portal (AUTH-1) in the person's language, with a set-password link. */
export function invitationEmail(
  locale: Locale,
  to: { email: string; name: string },
  tenantName: string,
  link: string,
): MailMessage {
  const t = texts[locale];
  return linkMail(to.email, t.subject(tenantName), t.lines(to.name, tenantName), link);
}

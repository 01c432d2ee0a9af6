import type { Locale } from '@atrium/sdk';
import { linkMail, type LinkMailLines } from './link-mail.js';
import type { MailMessage } from './outbox.js';

const texts: Record<
  Locale,
  { subject: (tenant: string) => string; lines: (name: string, tenant: string) => LinkMailLines }
> = {
  ru: {
    subject: (tenant) => `${tenant}: сброс пароля`,
    lines: (name, tenant) => ({
      greeting: `Здравствуйте, ${name}!`,
      reason: `Мы получили запрос на сброс пароля к личному кабинету «${tenant}».`,
      action:
        'Чтобы задать новый пароль, откройте ссылку (она действует 30 минут и только один раз):',
      ignore: 'Если вы не запрашивали сброс, просто проигнорируйте это письмо.',
    }),
  },
  pl: {
    subject: (tenant) => `${tenant}: reset hasła`,
    lines: (name, tenant) => ({
      greeting: `Dzień dobry, ${name}!`,
      reason: `Otrzymaliśmy prośbę o zresetowanie hasła do portalu „${tenant}”.`,
      action: 'Aby ustawić nowe hasło, otwórz link (ważny 30 minut i tylko raz):',
      ignore: 'Jeśli to nie Ty prosiłeś o reset, zignoruj tę wiadomość.',
    }),
  },
  en: {
    subject: (tenant) => `${tenant}: password reset`,
    lines: (name, tenant) => ({
      greeting: `Hello ${name},`,
      reason: `We received a request to reset your password for the ${tenant} portal.`,
      action: 'To set a new password, open this link (valid for 30 minutes, once):',
      ignore: 'If you did not ask for this, ignore this e-mail.',
    }),
  },
};

/** The password-reset e-mail (AUTH-2) in the person's language. */
export function resetEmail(
  locale: Locale,
  to: { email: string; name: string },
  tenantName: string,
  link: string,
): MailMessage {
  const t = texts[locale];
  return linkMail(to.email, t.subject(tenantName), t.lines(to.name, tenantName), link);
}

import type { Locale } from '@atrium/sdk';
import { linkMail, type LinkMailLines } from './link-mail.js';
import type { MailMessage } from './outbox.js';

interface Texts {
  subject: (tenant: string) => string;
  lines: (name: string, tenant: string, address: string) => LinkMailLines;
}

// To the new address: the link that confirms it (FIN-4).
const confirmation: Record<Locale, Texts> = {
  ru: {
    subject: (tenant) => `${tenant}: подтвердите адрес электронной почты`,
    lines: (name, tenant) => ({
      greeting: `Здравствуйте, ${name}!`,
      reason: `В личном кабинете «${tenant}» этот адрес указан как ваш новый адрес электронной почты.`,
      action: 'Чтобы подтвердить его, откройте ссылку (она действует 24 часа и только один раз):',
      ignore: 'Если вы не меняли адрес, просто проигнорируйте это письмо: ничего не изменится.',
    }),
  },
  pl: {
    subject: (tenant) => `${tenant}: potwierdź adres e-mail`,
    lines: (name, tenant) => ({
      greeting: `Dzień dobry, ${name}!`,
      reason: `W portalu „${tenant}” ten adres podano jako Twój nowy adres e-mail.`,
      action: 'Aby go potwierdzić, otwórz link (ważny 24 godziny i tylko raz):',
      ignore: 'Jeśli to nie Ty zmieniasz adres, zignoruj tę wiadomość: nic się nie zmieni.',
    }),
  },
  en: {
    subject: (tenant) => `${tenant}: confirm your e-mail address`,
    lines: (name, tenant) => ({
      greeting: `Hello ${name},`,
      reason: `This address was given as your new e-mail address in the ${tenant} portal.`,
      action: 'To confirm it, open this link (valid for 24 hours, once):',
      ignore: 'If you did not ask for this, ignore this e-mail: nothing will change.',
    }),
  },
};

// To the old address: a change was asked, so its owner hears of one they did not ask for.
const notice: Record<Locale, Texts> = {
  ru: {
    subject: (tenant) => `${tenant}: запрошена смена адреса электронной почты`,
    lines: (name, tenant, address) => ({
      greeting: `Здравствуйте, ${name}!`,
      reason: `В личном кабинете «${tenant}» запросили смену вашего адреса электронной почты на ${address}. Адрес изменится, только когда новый будет подтверждён.`,
      action:
        'Если это были не вы, войдите в личный кабинет, смените пароль и сообщите управляющей компании:',
      ignore: 'Если это были вы, ничего делать не нужно.',
    }),
  },
  pl: {
    subject: (tenant) => `${tenant}: prośba o zmianę adresu e-mail`,
    lines: (name, tenant, address) => ({
      greeting: `Dzień dobry, ${name}!`,
      reason: `W portalu „${tenant}” poproszono o zmianę Twojego adresu e-mail na ${address}. Adres zmieni się dopiero po potwierdzeniu nowego.`,
      action: 'Jeśli to nie Ty, zaloguj się do portalu, zmień hasło i powiadom zarządcę:',
      ignore: 'Jeśli to Ty, nic nie musisz robić.',
    }),
  },
  en: {
    subject: (tenant) => `${tenant}: a change of your e-mail address was asked`,
    lines: (name, tenant, address) => ({
      greeting: `Hello ${name},`,
      reason: `Someone asked to change your e-mail address in the ${tenant} portal to ${address}. It changes only once the new address is confirmed.`,
      action: 'If this was not you, sign in, change your password and tell the management company:',
      ignore: 'If it was you, there is nothing to do.',
    }),
  },
};

/** The mail to a newly given address with the link that confirms it, in the person's language. */
export function emailConfirmationEmail(
  locale: Locale,
  to: { email: string; name: string },
  tenantName: string,
  link: string,
): MailMessage {
  const t = confirmation[locale];
  return linkMail(to.email, t.subject(tenantName), t.lines(to.name, tenantName, to.email), link);
}

/** The mail to the address in use telling that a change to `newEmail` was asked. */
export function emailChangeNoticeEmail(
  locale: Locale,
  to: { email: string; name: string },
  q: { tenantName: string; newEmail: string; portalLink: string },
): MailMessage {
  const t = notice[locale];
  return linkMail(
    to.email,
    t.subject(q.tenantName),
    t.lines(to.name, q.tenantName, q.newEmail),
    q.portalLink,
  );
}

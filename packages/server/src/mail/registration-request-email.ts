import type { Locale } from '@atrium/sdk';
import { linkMail, type LinkMailLines } from './link-mail.js';
import type { MailMessage } from './outbox.js';

/** The request as the mail tells it. */
interface Request {
  name: string;
  phone: string;
  email: string;
  accountNumber: string | null;
}

const texts: Record<
  Locale,
  {
    subject: (tenant: string, r: Request) => string;
    lines: (receiver: string, r: Request) => LinkMailLines;
  }
> = {
  ru: {
    subject: (tenant, r) => `${tenant}: заявка на регистрацию — ${r.name}`,
    lines: (receiver, r) => ({
      greeting: `Здравствуйте, ${receiver}!`,
      reason:
        `Поступила заявка на регистрацию: ${r.name}, телефон ${r.phone}, e-mail ${r.email}, ` +
        `лицевой счёт ${r.accountNumber ?? 'не указан'}.`,
      action: 'Одобрите или отклоните её в личном кабинете:',
      ignore: 'Вы получаете это письмо, потому что отмечены как получатель заявок на регистрацию.',
    }),
  },
  pl: {
    subject: (tenant, r) => `${tenant}: wniosek o rejestrację — ${r.name}`,
    lines: (receiver, r) => ({
      greeting: `Dzień dobry, ${receiver}!`,
      reason:
        `Wpłynął wniosek o rejestrację: ${r.name}, telefon ${r.phone}, e-mail ${r.email}, ` +
        `numer konta ${r.accountNumber ?? 'nie podano'}.`,
      action: 'Zatwierdź go lub odrzuć w portalu:',
      ignore: 'Otrzymujesz tę wiadomość, ponieważ przyjmujesz wnioski o rejestrację.',
    }),
  },
  en: {
    subject: (tenant, r) => `${tenant}: registration request from ${r.name}`,
    lines: (receiver, r) => ({
      greeting: `Hello ${receiver},`,
      reason:
        `A registration request came in: ${r.name}, phone ${r.phone}, e-mail ${r.email}, ` +
        `account number ${r.accountNumber ?? 'not given'}.`,
      action: 'Approve or reject it in the portal:',
      ignore: 'You receive this because you are marked to receive registration requests.',
    }),
  },
};

/**
 * The notice of a registration request waiting for a decision (DIR-5), to a staff member who
 * receives them, in their language, with a link to the portal.
 */
export function registrationRequestEmail(
  locale: Locale,
  to: { email: string; name: string },
  tenantName: string,
  request: Request,
  portal: string,
): MailMessage {
  const t = texts[locale];
  return linkMail(to.email, t.subject(tenantName, request), t.lines(to.name, request), portal);
}

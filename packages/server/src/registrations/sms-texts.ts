import type { Locale } from '@atrium/sdk';

/** What the SMS of self-registration say (DIR-5), each starting with the tenant's name. */
export const smsTexts: Record<
  Locale,
  { code: string; approved: string; rejected: string; reason: string }
> = {
  ru: {
    code: '{tenant}: код для регистрации {code}. Действует 10 минут. Никому его не сообщайте.',
    approved:
      '{tenant}: ваша заявка на регистрацию одобрена. Ссылка для входа отправлена на e-mail.',
    rejected: '{tenant}: ваша заявка на регистрацию отклонена.',
    reason: 'Причина: {reason}',
  },
  pl: {
    code: '{tenant}: kod rejestracji {code}. Ważny 10 minut. Nie podawaj go nikomu.',
    approved:
      '{tenant}: Twój wniosek o rejestrację został zatwierdzony. Link do ustawienia hasła wysłaliśmy e-mailem.',
    rejected: '{tenant}: Twój wniosek o rejestrację został odrzucony.',
    reason: 'Powód: {reason}',
  },
  en: {
    code: '{tenant}: your registration code is {code}. It is valid for 10 minutes. Do not share it.',
    approved:
      '{tenant}: your registration was approved. We have e-mailed you a link to set your password.',
    rejected: '{tenant}: your registration request was rejected.',
    reason: 'Reason: {reason}',
  },
};

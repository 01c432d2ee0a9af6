import type { ErrorCode, FieldErrorCode, Locale } from '@atrium/sdk';
import { plural } from './locale.js';

type Text = Record<Locale, string>;
export type Params = Record<string, string | number | boolean>;

/** The title of each problem, by its stable code. */
export const titles: Record<ErrorCode, Text> = {
  validation_failed: {
    ru: 'Некорректные данные',
    pl: 'Nieprawidłowe dane',
    en: 'Invalid input',
  },
  invalid_credentials: {
    ru: 'Неверный e-mail или пароль',
    pl: 'Nieprawidłowy e-mail lub hasło',
    en: 'Wrong e-mail or password',
  },
  too_many_attempts: {
    ru: 'Слишком много попыток',
    pl: 'Zbyt wiele prób',
    en: 'Too many attempts',
  },
  unauthenticated: {
    ru: 'Требуется вход',
    pl: 'Wymagane logowanie',
    en: 'Sign-in required',
  },
  forbidden: { ru: 'Доступ запрещён', pl: 'Brak dostępu', en: 'Forbidden' },
  not_found: { ru: 'Не найдено', pl: 'Nie znaleziono', en: 'Not found' },
  tenant_not_found: {
    ru: 'Управляющая компания не найдена',
    pl: 'Nie znaleziono zarządcy',
    en: 'Management company not found',
  },
  invalid_refresh_token: {
    ru: 'Сеанс истёк',
    pl: 'Sesja wygasła',
    en: 'The session has expired',
  },
  invalid_reset_token: {
    ru: 'Ссылка для сброса пароля недействительна',
    pl: 'Link do resetu hasła jest nieważny',
    en: 'The password-reset link is not valid',
  },
  password_policy: {
    ru: 'Пароль не соответствует требованиям',
    pl: 'Hasło nie spełnia wymagań',
    en: 'The password does not meet the requirements',
  },
  unsupported_media_type: {
    ru: 'Неподдерживаемый тип содержимого',
    pl: 'Nieobsługiwany typ treści',
    en: 'Unsupported media type',
  },
  payload_too_large: {
    ru: 'Слишком большой запрос',
    pl: 'Zbyt duże żądanie',
    en: 'Request too large',
  },
  origin_not_allowed: {
    ru: 'Сайт не допущен к этому API',
    pl: 'Ta witryna nie ma dostępu do API',
    en: 'This origin may not call the API',
  },
  idempotency_key_reused: {
    ru: 'Ключ идемпотентности уже использован',
    pl: 'Klucz idempotencji został już użyty',
    en: 'Idempotency key already used',
  },
  invalid_transition: {
    ru: 'Недопустимо в текущем состоянии',
    pl: 'Niedozwolone w obecnym stanie',
    en: 'Not allowed in the current state',
  },
  unit_unavailable: {
    ru: 'Объект занят на эти даты',
    pl: 'Lokal jest zajęty w tych dniach',
    en: 'The unit is taken on these nights',
  },
  reading_rejected: {
    ru: 'Показания не приняты',
    pl: 'Odczyt nie został przyjęty',
    en: 'Reading not accepted',
  },
  reopen_period_over: {
    ru: 'Срок для повторного открытия заявки истёк',
    pl: 'Minął termin ponownego otwarcia zgłoszenia',
    en: 'The time to reopen this ticket is over',
  },
  internal: {
    ru: 'Внутренняя ошибка сервера',
    pl: 'Wewnętrzny błąd serwera',
    en: 'Internal server error',
  },
};

/** Details that explain a problem further; `{x}` placeholders are filled from params. */
export const details = {
  checkFields: {
    ru: 'Проверьте поля: {fields}.',
    pl: 'Sprawdź pola: {fields}.',
    en: 'Check the fields: {fields}.',
  },
  malformedBody: {
    ru: 'Тело запроса не является корректным JSON.',
    pl: 'Treść żądania nie jest poprawnym JSON.',
    en: 'The request body is not valid JSON.',
  },
  jsonOnly: {
    ru: 'Отправьте тело запроса как application/json.',
    pl: 'Wyślij treść żądania jako application/json.',
    en: 'Send the request body as application/json.',
  },
  reportFileOnly: {
    ru: 'Отправьте файл отчёта как PDF (application/pdf) или XLSX; содержимое должно совпадать с Content-Type.',
    pl: 'Wyślij plik raportu jako PDF (application/pdf) lub XLSX; zawartość musi zgadzać się z Content-Type.',
    en: 'Send the report file as PDF (application/pdf) or XLSX; its content must match its Content-Type.',
  },
  photoOnly: {
    ru: 'Отправьте фотографию в формате JPEG, PNG или WebP; содержимое должно совпадать с Content-Type.',
    pl: 'Wyślij zdjęcie w formacie JPEG, PNG lub WebP; zawartość musi zgadzać się z Content-Type.',
    en: 'Send the photo as JPEG, PNG or WebP; its content must match its Content-Type.',
  },
  bodyLimit: {
    ru: 'Тело запроса превышает {limit} байт.',
    pl: 'Treść żądania przekracza {limit} bajtów.',
    en: 'The request body exceeds {limit} bytes.',
  },
  retryLater: {
    ru: 'Повторите через {seconds} с.',
    pl: 'Spróbuj ponownie za {seconds} s.',
    en: 'Try again in {seconds} s.',
  },
  unknownTenant: {
    ru: 'Нет управляющей компании «{tenant}».',
    pl: 'Nie ma zarządcy „{tenant}”.',
    en: 'There is no management company "{tenant}".',
  },
  tokenForOtherTenant: {
    ru: 'Токен доступа выдан другой управляющей компанией.',
    pl: 'Token dostępu wydał inny zarządca.',
    en: 'The access token belongs to another management company.',
  },
  keyReused: {
    ru: 'Этот Idempotency-Key уже отправлялся с другим запросом; для нового запроса нужен новый ключ.',
    pl: 'Ten Idempotency-Key został już wysłany z innym żądaniem; nowe żądanie wymaga nowego klucza.',
    en: 'This Idempotency-Key was sent before with a different request; a new request needs a new key.',
  },
} satisfies Record<string, Text>;

export type DetailKey = keyof typeof details;

export function fill(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}

const characters = (locale: Locale, n: number) =>
  locale === 'ru'
    ? plural('ru', n, { one: 'символ', few: 'символа', other: 'символов' })
    : locale === 'pl'
      ? plural('pl', n, { one: 'znak', few: 'znaki', other: 'znaków' })
      : plural('en', n, { one: 'character', other: 'characters' });

/** The message of a field error in a locale; params carry limits such as `limit`. */
export function fieldMessage(code: FieldErrorCode, locale: Locale, params: Params = {}): string {
  const limit = Number(params.limit ?? 0);
  const p = (name: string) => String(params[name] ?? '');
  const largest = params.rule === 'largest';
  const messages: Record<FieldErrorCode, Text> = {
    required: { ru: 'Обязательное поле.', pl: 'Pole wymagane.', en: 'Required.' },
    invalid_type: {
      ru: 'Неверный тип значения.',
      pl: 'Nieprawidłowy typ wartości.',
      en: 'Wrong type of value.',
    },
    invalid_format: {
      ru: 'Неверный формат.',
      pl: 'Nieprawidłowy format.',
      en: 'Wrong format.',
    },
    invalid_value: {
      ru: 'Недопустимое значение.',
      pl: 'Niedozwolona wartość.',
      en: 'Not an allowed value.',
    },
    too_short: {
      ru: `Не короче ${limit} ${characters('ru', limit)}.`,
      pl: `Co najmniej ${limit} ${characters('pl', limit)}.`,
      en: `At least ${limit} ${characters('en', limit)}.`,
    },
    too_long: {
      ru: `Не длиннее ${limit} ${characters('ru', limit)}.`,
      pl: `Najwyżej ${limit} ${characters('pl', limit)}.`,
      en: `At most ${limit} ${characters('en', limit)}.`,
    },
    out_of_range: {
      ru: 'Значение вне допустимого диапазона.',
      pl: 'Wartość poza dozwolonym zakresem.',
      en: 'Out of range.',
    },
    unknown_field: {
      ru: 'Неизвестное поле.',
      pl: 'Nieznane pole.',
      en: 'Unknown field.',
    },
    password_too_short: {
      ru: `Не менее ${limit} ${characters('ru', limit)}.`,
      pl: `Co najmniej ${limit} ${characters('pl', limit)}.`,
      en: `At least ${limit} ${characters('en', limit)}.`,
    },
    password_needs_digit: {
      ru: 'Хотя бы одна цифра.',
      pl: 'Co najmniej jedna cyfra.',
      en: 'At least one digit.',
    },
    password_needs_symbol: {
      ru: 'Хотя бы один специальный символ.',
      pl: 'Co najmniej jeden znak specjalny.',
      en: 'At least one symbol.',
    },
    password_needs_upper: {
      ru: 'Хотя бы одна заглавная буква.',
      pl: 'Co najmniej jedna wielka litera.',
      en: 'At least one upper-case letter.',
    },
    password_needs_lower: {
      ru: 'Хотя бы одна строчная буква.',
      pl: 'Co najmniej jedna mała litera.',
      en: 'At least one lower-case letter.',
    },
    reading_below_last: {
      ru: `Меньше последних показаний (${p('last')}). Если счётчик прошёл максимум и начал с нуля, отметьте это.`,
      pl: `Mniej niż ostatni odczyt (${p('last')}). Jeśli licznik przekroczył maksimum i zaczął od zera, zaznacz to.`,
      en: `Lower than the last reading (${p('last')}). If the meter passed its maximum and started from zero, say so.`,
    },
    reading_too_many_digits: {
      ru: `У счётчика ${p('digits')} цифр до запятой и ${p('decimals')} после.`,
      pl: `Licznik ma ${p('digits')} cyfr przed przecinkiem i ${p('decimals')} po nim.`,
      en: `The meter has ${p('digits')} digits before the decimal point and ${p('decimals')} after it.`,
    },
    reading_implausible: {
      ru: largest
        ? `Расход ${p('consumption')} больше чем в ${p('factor')} раза превышает наибольший месячный (${p('reference')}). Проверьте значение или подтвердите его с комментарием.`
        : `Расход ${p('consumption')} больше чем в ${p('factor')} раза превышает средний месячный (${p('reference')}). Проверьте значение или подтвердите его с комментарием.`,
      pl: largest
        ? `Zużycie ${p('consumption')} przekracza ${p('factor')}-krotność największego miesięcznego (${p('reference')}). Sprawdź wartość lub potwierdź ją z komentarzem.`
        : `Zużycie ${p('consumption')} przekracza ${p('factor')}-krotność średniego miesięcznego (${p('reference')}). Sprawdź wartość lub potwierdź ją z komentarzem.`,
      en: largest
        ? `The use of ${p('consumption')} is over ${p('factor')} times the largest monthly use (${p('reference')}). Check the value, or confirm it with a comment.`
        : `The use of ${p('consumption')} is over ${p('factor')} times the average monthly use (${p('reference')}). Check the value, or confirm it with a comment.`,
    },
    reading_outside_window: {
      ru: `Показания принимаются с ${p('opensOn')} по ${p('closesOn')}.`,
      pl: `Odczyty są przyjmowane od ${p('opensOn')} do ${p('closesOn')}.`,
      en: `Readings are accepted from ${p('opensOn')} to ${p('closesOn')}.`,
    },
    meter_verification_expired: {
      ru: `Срок поверки счётчика истёк ${p('verificationDueOn')}; обратитесь в управляющую компанию.`,
      pl: `Legalizacja licznika wygasła ${p('verificationDueOn')}; skontaktuj się z zarządcą.`,
      en: `The meter's verification expired on ${p('verificationDueOn')}; contact the management company.`,
    },
  };
  return messages[code][locale];
}

import type { ErrorCode, FieldErrorCode, Locale } from '@atrium/sdk';
import { formatDecimal, formatMoney } from '../format/numbers.js';
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
  meeting_rejected: {
    ru: 'Собрание не открыто',
    pl: 'Zebranie nie zostało otwarte',
    en: 'Meeting not opened',
  },
  vote_rejected: {
    ru: 'Голос не принят',
    pl: 'Głos nie został przyjęty',
    en: 'Vote not accepted',
  },
  voting_not_started: {
    ru: 'Голосование ещё не началось',
    pl: 'Głosowanie jeszcze się nie rozpoczęło',
    en: 'Voting has not started yet',
  },
  voting_started: {
    ru: 'Голосование уже началось',
    pl: 'Głosowanie już się rozpoczęło',
    en: 'Voting has already started',
  },
  voting_closed: {
    ru: 'Голосование завершено',
    pl: 'Głosowanie zostało zakończone',
    en: 'Voting is closed',
  },
  voting_not_closed: {
    ru: 'Голосование ещё не завершено',
    pl: 'Głosowanie jeszcze trwa',
    en: 'Voting is not closed yet',
  },
  payment_rejected: {
    ru: 'Платёж не принят',
    pl: 'Płatność odrzucona',
    en: 'Payment refused',
  },
  provider_unavailable: {
    ru: 'Внешний сервис недоступен',
    pl: 'Zewnętrzny serwis jest niedostępny',
    en: 'An outside service is unavailable',
  },
  invalid_signature: {
    ru: 'Неверная подпись уведомления',
    pl: 'Nieprawidłowy podpis powiadomienia',
    en: 'Invalid notification signature',
  },
  payment_form_unavailable: {
    ru: 'Квитанция недоступна',
    pl: 'Blankiet wpłaty niedostępny',
    en: 'Payment form unavailable',
  },
  portal_access_unavailable: {
    ru: 'Доступ к порталу предоставить нельзя',
    pl: 'Nie można przyznać dostępu do portalu',
    en: 'Portal access cannot be granted',
  },
  client_view_unavailable: {
    ru: 'Портал этого человека посмотреть нельзя',
    pl: 'Nie można zobaczyć portalu tej osoby',
    en: "This person's portal cannot be viewed",
  },
  read_only_view: {
    ru: 'Это просмотр глазами клиента: изменять ничего нельзя',
    pl: 'To podgląd oczami klienta: nie można niczego zmieniać',
    en: "This is a client's view: nothing can be changed",
  },
  invalid_confirmation_token: {
    ru: 'Ссылка для подтверждения недействительна',
    pl: 'Link potwierdzający jest nieważny',
    en: 'The confirmation link is not valid',
  },
  invalid_unsubscribe_token: {
    ru: 'Ссылка для отписки недействительна',
    pl: 'Link do wypisania się jest nieważny',
    en: 'The unsubscribe link is not valid',
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
  nulCharacter: {
    ru: 'Запрос содержит символ U+0000, который не может быть сохранён.',
    pl: 'Żądanie zawiera znak U+0000, którego nie można zapisać.',
    en: 'The request holds the character U+0000, which cannot be stored.',
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
  documentPdfOnly: {
    ru: 'Отправьте документ в формате PDF (application/pdf); содержимое должно быть PDF-файлом.',
    pl: 'Wyślij dokument w formacie PDF (application/pdf); zawartość musi być plikiem PDF.',
    en: 'Send the document as PDF (application/pdf); its content must be a PDF file.',
  },
  importFileOnly: {
    ru: 'Отправьте заполненный шаблон в формате CSV (text/csv) или XLSX; содержимое должно быть таблицей.',
    pl: 'Wyślij wypełniony szablon jako CSV (text/csv) lub XLSX; zawartość musi być arkuszem.',
    en: 'Send the filled-in template as CSV (text/csv) or XLSX; its content must be a sheet.',
  },
  bodyLimit: {
    ru: 'Тело запроса превышает {limit} байт.',
    pl: 'Treść żądania przekracza {limit} bajtów.',
    en: 'The request body exceeds {limit} bytes.',
  },
  smsUnavailable: {
    ru: 'Сервис SMS не отвечает, код не отправлен. Повторите через {seconds} с.',
    pl: 'Serwis SMS nie odpowiada, kod nie został wysłany. Spróbuj ponownie za {seconds} s.',
    en: 'The SMS service is not answering; no code was sent. Try again in {seconds} s.',
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
  portalAccessInactive: {
    ru: 'Человек отключён; сначала включите его.',
    pl: 'Osoba jest wyłączona; najpierw ją włącz.',
    en: 'The person is deactivated; reactivate them first.',
  },
  portalAccessNoEmail: {
    ru: 'У человека нет e-mail, на который можно отправить ссылку.',
    pl: 'Osoba nie ma adresu e-mail, na który można wysłać link.',
    en: 'The person has no e-mail address to send the link to.',
  },
  portalAccessNoUnit: {
    ru: 'Человек не привязан ни к одному помещению.',
    pl: 'Osoba nie jest przypisana do żadnego lokalu.',
    en: 'The person is linked to no unit.',
  },
  clientViewStaff: {
    ru: 'Это сотрудник управляющей компании: у него нет клиентского портала.',
    pl: 'To pracownik zarządcy: nie ma portalu klienta.',
    en: 'This is a member of staff, who has no client portal.',
  },
  clientViewInactive: {
    ru: 'Человек отключён, его портал недоступен.',
    pl: 'Osoba jest wyłączona, jej portal jest niedostępny.',
    en: 'The person is deactivated; their portal is closed.',
  },
  clientViewNoUnit: {
    ru: 'Человек не привязан ни к одному помещению: в его портале нечего показать.',
    pl: 'Osoba nie jest przypisana do żadnego lokalu: w jej portalu nie ma nic do pokazania.',
    en: 'The person is linked to no unit: their portal has nothing to show.',
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

type Forms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

// Nouns after a number, in each language's plural forms.
const nouns: Record<'character' | 'digit' | 'month' | 'point', Record<Locale, Forms>> = {
  character: {
    ru: { one: 'символ', few: 'символа', other: 'символов' },
    pl: { one: 'znak', few: 'znaki', other: 'znaków' },
    en: { one: 'character', other: 'characters' },
  },
  digit: {
    ru: { one: 'цифра', few: 'цифры', many: 'цифр', other: 'цифры' },
    pl: { one: 'cyfra', few: 'cyfry', many: 'cyfr', other: 'cyfry' },
    en: { one: 'digit', other: 'digits' },
  },
  month: {
    ru: { one: 'месяц', few: 'месяца', many: 'месяцев', other: 'месяца' },
    pl: { one: 'miesiąc', few: 'miesiące', many: 'miesięcy', other: 'miesiąca' },
    en: { one: 'month', other: 'months' },
  },
  point: {
    ru: { one: 'балл', few: 'балла', many: 'баллов', other: 'балла' },
    pl: { one: 'punkt', few: 'punkty', many: 'punktów', other: 'punktu' },
    en: { one: 'point', other: 'points' },
  },
};

/** "5 цифр", "2 cyfry", "1 digit": the count and its noun. */
const count = (locale: Locale, n: number, noun: keyof typeof nouns) =>
  `${n} ${plural(locale, n, nouns[noun][locale])}`;

// "в 3 раза", "в 5 раз", "в 2.5 раза"
const timesRu = (factor: number) =>
  plural('ru', factor, { one: 'раз', few: 'раза', many: 'раз', other: 'раза' });

/** MTR-1's implausible jump: the use in a month, or the use a month over several. */
function implausibleMessage(locale: Locale, params: Params): string {
  const p = (name: string) => String(params[name] ?? '');
  const n = (name: string) => formatDecimal(p(name), locale);
  const months = Number(params.months ?? 1);
  const factor = Number(params.factor ?? 0);
  const largest = params.rule === 'largest';
  const check = {
    ru: 'Проверьте значение или подтвердите его с комментарием.',
    pl: 'Sprawdź wartość lub potwierdź ją z komentarzem.',
    en: 'Check the value, or confirm it with a comment.',
  };
  const reference = {
    ru: `${largest ? 'наибольший' : 'средний'} месячный (${n('reference')})`,
    pl: `${largest ? 'największego' : 'średniego'} miesięcznego (${n('reference')})`,
    en: `the ${largest ? 'largest' : 'average'} monthly use (${n('reference')})`,
  };
  const use =
    months > 1
      ? {
          ru: `Расход ${n('monthly')} в месяц за ${count('ru', months, 'month')}`,
          pl: `Zużycie ${n('monthly')} miesięcznie przez ${count('pl', months, 'month')}`,
          en: `Monthly use of ${n('monthly')} over ${count('en', months, 'month')}`,
        }
      : {
          ru: `Расход ${n('consumption')}`,
          pl: `Zużycie ${n('consumption')}`,
          en: `The use of ${n('consumption')}`,
        };
  const texts: Text = {
    ru: `${use.ru} больше чем в ${n('factor')} ${timesRu(factor)} превышает ${reference.ru}. ${check.ru}`,
    pl: `${use.pl} przekracza ${n('factor')}-krotność ${reference.pl}. ${check.pl}`,
    en: `${use.en} is over ${n('factor')} times ${reference.en}. ${check.en}`,
  };
  return texts[locale];
}

/** The message of a field error in a locale; params carry limits such as `limit`. */
export function fieldMessage(code: FieldErrorCode, locale: Locale, params: Params = {}): string {
  const limit = Number(params.limit ?? 0);
  const digits = Number(params.digits ?? 0);
  const p = (name: string) => String(params[name] ?? '');
  const n = (name: string) => formatDecimal(p(name), locale);
  // amount_over_debt: the debt in minor units of `currency` (every text is built, so guarded)
  const money = () => (params.currency ? formatMoney(limit, p('currency'), locale) : p('limit'));
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
      ru: `Не короче ${count('ru', limit, 'character')}.`,
      pl: `Co najmniej ${count('pl', limit, 'character')}.`,
      en: `At least ${count('en', limit, 'character')}.`,
    },
    too_long: {
      ru: `Не длиннее ${count('ru', limit, 'character')}.`,
      pl: `Najwyżej ${count('pl', limit, 'character')}.`,
      en: `At most ${count('en', limit, 'character')}.`,
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
      ru: `Не менее ${count('ru', limit, 'character')}.`,
      pl: `Co najmniej ${count('pl', limit, 'character')}.`,
      en: `At least ${count('en', limit, 'character')}.`,
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
      ru: `Меньше последних показаний (${n('last')}). Если счётчик прошёл максимум и начал с нуля, отметьте это.`,
      pl: `Mniej niż ostatni odczyt (${n('last')}). Jeśli licznik przekroczył maksimum i zaczął od zera, zaznacz to.`,
      en: `Lower than the last reading (${n('last')}). If the meter passed its maximum and started from zero, say so.`,
    },
    reading_too_many_digits: {
      ru: `У счётчика ${count('ru', digits, 'digit')} до запятой и ${p('decimals')} после.`,
      pl: `Licznik ma ${count('pl', digits, 'digit')} przed przecinkiem i ${p('decimals')} po nim.`,
      en: `The meter has ${count('en', digits, 'digit')} before the decimal point and ${p('decimals')} after it.`,
    },
    reading_implausible: {
      ru: implausibleMessage('ru', params),
      pl: implausibleMessage('pl', params),
      en: implausibleMessage('en', params),
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
    total_area_missing: {
      ru: 'У объекта не указана общая площадь, поэтому общее собрание собственников провести нельзя.',
      pl: 'Nieruchomość nie ma podanej powierzchni całkowitej, więc nie można przeprowadzić zebrania właścicieli.',
      en: "The property has no total area, so no owners' meeting can be held.",
    },
    no_owners: {
      ru: 'У помещений объекта нет собственников, голосовать некому.',
      pl: 'Lokale nieruchomości nie mają właścicieli, więc nie ma kto głosować.',
      en: "The property's units have no owners, so there is no one to vote.",
    },
    owned_area_exceeds_total: {
      ru: `Площадь помещений собственников (${n('ownedArea')} м²) больше общей площади объекта (${n('totalArea')} м²).`,
      pl: `Powierzchnia lokali właścicieli (${n('ownedArea')} m²) przekracza powierzchnię całkowitą nieruchomości (${n('totalArea')} m²).`,
      en: `The owners' units (${n('ownedArea')} m²) exceed the property's total area (${n('totalArea')} m²).`,
    },
    unit_shares_exceed_whole: {
      ru: `Доли собственников помещения ${p('unitNumber')} в сумме больше единицы (${n('shares')}).`,
      pl: `Udziały właścicieli lokalu ${p('unitNumber')} przekraczają całość (${n('shares')}).`,
      en: `The owners' shares of unit ${p('unitNumber')} add up to more than the whole (${n('shares')}).`,
    },
    window_order: {
      ru: 'Голосование должно заканчиваться позже, чем начинается.',
      pl: 'Głosowanie musi kończyć się później, niż się zaczyna.',
      en: 'Voting must close after it opens.',
    },
    window_over: {
      ru: 'Это время уже прошло.',
      pl: 'Ten termin już minął.',
      en: 'This time has already passed.',
    },
    fraction_over_one: {
      ru: 'Числитель не может быть больше знаменателя.',
      pl: 'Licznik nie może być większy niż mianownik.',
      en: 'The numerator cannot be greater than the denominator.',
    },
    not_entitled: {
      ru: 'У вас нет голоса за это помещение на этом собрании.',
      pl: 'Nie masz głosu za ten lokal na tym zebraniu.',
      en: 'You hold no vote for this unit in this meeting.',
    },
    duplicate_vote: {
      ru: 'Голос по этому вопросу за это помещение уже есть в запросе.',
      pl: 'Głos w tej sprawie za ten lokal jest już w żądaniu.',
      en: 'This request already holds a vote on this resolution for this unit.',
    },
    nothing_owed: {
      ru: 'По этому лицевому счёту нет задолженности.',
      pl: 'Na tym koncie nie ma zaległości.',
      en: 'Nothing is owed on this account.',
    },
    amount_over_debt: {
      ru: `Сумма больше задолженности (${money()}).`,
      pl: `Kwota przekracza zaległość (${money()}).`,
      en: `The amount is more than the debt (${money()}).`,
    },
    return_url_not_allowed: {
      ru: 'Адрес возврата не относится к порталу этой компании.',
      pl: 'Adres powrotu nie należy do portalu tej firmy.',
      en: "The return address is not on this company's portal.",
    },
    payment_type_unavailable: {
      ru: 'Этот способ оплаты недоступен.',
      pl: 'Ta forma płatności jest niedostępna.',
      en: 'This payment type is not available.',
    },
    card_not_found: {
      ru: 'Карта с таким номером не найдена.',
      pl: 'Nie znaleziono karty o tym numerze.',
      en: 'No card with this number was found.',
    },
    points_over_available: {
      ru: `Сейчас можно оплатить не больше ${count('ru', limit, 'point')}.`,
      pl: `Teraz można zapłacić najwyżej ${count('pl', limit, 'point')}.`,
      en: `At most ${count('en', limit, 'point')} can pay now.`,
    },
    insufficient_points: {
      ru: `На карте только ${count('ru', limit, 'point')}.`,
      pl: `Na karcie jest tylko ${count('pl', limit, 'point')}.`,
      en: `The card holds only ${count('en', limit, 'point')}.`,
    },
    name_taken: {
      ru: 'Это название уже занято.',
      pl: 'Ta nazwa jest już zajęta.',
      en: 'This name is already taken.',
    },
    ends_before_start: {
      ru: 'Окончание должно быть позже начала.',
      pl: 'Koniec musi nastąpić po początku.',
      en: 'The end must come after the start.',
    },
    email_taken: {
      ru: 'Этот адрес уже указан у другого человека.',
      pl: 'Ten adres ma już inna osoba.',
      en: 'Another person already has this e-mail address.',
    },
    number_taken: {
      ru: 'Этот номер уже занят.',
      pl: 'Ten numer jest już zajęty.',
      en: 'This number is already taken.',
    },
    parent_inactive: {
      ru: 'Это место в справочнике отключено; сначала включите его.',
      pl: 'To miejsce w katalogu jest wyłączone; najpierw je włącz.',
      en: 'This place in the directory is deactivated; reactivate it first.',
    },
    has_active_children: {
      ru: `Сначала отключите то, что в нём ещё действует (${p('count')}).`,
      pl: `Najpierw wyłącz to, co w nim jeszcze działa (${p('count')}).`,
      en: `First deactivate what it still holds (${p('count')} active).`,
    },
    self_deactivation: {
      ru: 'Нельзя отключить самого себя.',
      pl: 'Nie można wyłączyć samego siebie.',
      en: 'You cannot deactivate yourself.',
    },
    missing_column: {
      ru: 'В строке заголовков нет этого столбца.',
      pl: 'W wierszu nagłówków brakuje tej kolumny.',
      en: 'The header row lacks this column.',
    },
    unknown_reference: {
      ru: `Не найдено: «${p('value')}».`,
      pl: `Nie znaleziono: „${p('value')}”.`,
      en: `Not found: “${p('value')}”.`,
    },
    conflicts_with_row: {
      ru: `Противоречит строке ${p('row')}.`,
      pl: `Sprzeczne z wierszem ${p('row')}.`,
      en: `Contradicts row ${p('row')}.`,
    },
  };
  return messages[code][locale];
}

import type { Messages } from '../i18n.js';

export const pl = {
  fields: {
    email: { invalid_format: 'Podaj poprawny adres e-mail.' },
    required: 'Wypełnij to pole.',
    invalid_type: 'Nieprawidłowa wartość.',
    invalid_format: 'Nieprawidłowy format.',
    invalid_value: 'Niedozwolona wartość.',
    too_short: 'Minimalna liczba znaków: {{limit}}.',
    too_long: 'Maksymalna liczba znaków: {{limit}}.',
    out_of_range: 'Wartość spoza dozwolonego zakresu.',
    unknown_field: 'Nieznane pole.',
    password_policy: 'Hasło nie spełnia poniższych zasad.',
    password_too_short: 'Minimalna liczba znaków: {{limit}}.',
    password_needs_digit: 'Hasło musi zawierać cyfrę.',
    password_needs_symbol: 'Hasło musi zawierać znak specjalny, np. ! lub #.',
    password_needs_upper: 'Hasło musi zawierać wielką literę.',
    password_needs_lower: 'Hasło musi zawierać małą literę.',
    reading_below_last: 'Mniej niż ostatni odczyt ({{last}}).',
    reading_too_many_digits:
      'Za dużo cyfr dla tego licznika: najwyżej {{digits}} przed przecinkiem i {{decimals}} po nim.',
    reading_implausible:
      'Ta wartość jest nieprawdopodobnie duża. Sprawdź ją lub potwierdź z komentarzem.',
    reading_outside_window: 'Odczyty są przyjmowane od {{opensOn}} do {{closesOn}}.',
    meter_verification_expired:
      'Legalizacja licznika wygasła {{verificationDueOn}}; skontaktuj się z zarządcą.',
    total_area_missing:
      'Nieruchomość nie ma podanej powierzchni całkowitej, więc nie można przeprowadzić zebrania właścicieli.',
    no_owners: 'Lokale nieruchomości nie mają właścicieli, więc nie ma kto głosować.',
    owned_area_exceeds_total:
      'Powierzchnia lokali właścicieli ({{ownedArea}}\u00a0m²) przekracza powierzchnię całkowitą nieruchomości ({{totalArea}}\u00a0m²).',
    unit_shares_exceed_whole:
      'Udziały właścicieli lokalu {{unitNumber}} przekraczają całość ({{shares}}).',
    window_order: 'Głosowanie musi kończyć się później, niż się zaczyna.',
    window_over: 'Ten termin już minął.',
    fraction_over_one: 'Licznik nie może być większy niż mianownik.',
    not_entitled: 'Nie masz prawa głosu w imieniu tego lokalu na tym zebraniu.',
    duplicate_vote: 'Głos w tej uchwale w imieniu tego lokalu wysłano dwa razy.',
    nothing_owed: 'Na tym koncie nie ma zaległości.',
    amount_over_debt: 'Kwota przekracza zaległość.',
    return_url_not_allowed:
      'Ta strona nie może przyjmować płatności. Powiadom administratora portalu.',
    payment_type_unavailable: 'Ta forma płatności jest niedostępna.',
    card_not_found: 'Nie znaleziono karty o tym numerze.',
    points_over_available: 'Teraz można zapłacić najwyżej {{limit}} pkt.',
    insufficient_points: 'Na karcie jest tylko {{limit}} pkt.',
    name_taken: 'Ta nazwa jest już zajęta.',
  },
  errors: {
    invalid_credentials: 'Nieprawidłowy e-mail lub hasło.',
    too_many_attempts: 'Zbyt wiele prób. Spróbuj ponownie za {{wait}}.',
    too_many_attempts_later: 'Zbyt wiele prób. Spróbuj ponownie później.',
    validation_failed: 'Popraw zaznaczone pola.',
    network_error: 'Brak połączenia z serwerem. Sprawdź połączenie i spróbuj ponownie.',
    timeout: 'Serwer nie odpowiada. Spróbuj ponownie za chwilę.',
    tenant_not_found: 'Taki portal nie istnieje. Sprawdź adres strony.',
    invalid_reset_token: 'Link wygasł lub został już użyty. Poproś o nowy.',
    password_policy: 'Nowe hasło nie spełnia poniższych zasad.',
    origin_not_allowed: 'Ta strona nie ma dostępu do portalu. Powiadom administratora.',
    not_connected:
      'Widżet nie jest połączony: umieść go w <atrium-provider> albo podaj base-url i tenant.',
    not_found: 'Nic tu nie znaleziono: mogło zostać usunięte albo nie należy do Ciebie.',
    forbidden: 'Twoje konto nie ma do tego dostępu.',
    unauthenticated: 'Sesja wygasła. Zaloguj się ponownie.',
    unknown: 'Coś poszło nie tak. Spróbuj ponownie.',
  },
  units: {
    label: 'Lokal',
    all: 'Wszystkie lokale',
    unit: 'Lokal {{number}}',
  },
  retry: 'Spróbuj ponownie',
  wait: {
    seconds_one: '{{count}} sekundę',
    seconds_few: '{{count}} sekundy',
    seconds_many: '{{count}} sekund',
    seconds_other: '{{count}} sekundy',
    minutes_one: '{{count}} minutę',
    minutes_few: '{{count}} minuty',
    minutes_many: '{{count}} minut',
    minutes_other: '{{count}} minuty',
  },
} satisfies Messages;

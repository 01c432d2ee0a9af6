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
    unknown: 'Coś poszło nie tak. Spróbuj ponownie.',
  },
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

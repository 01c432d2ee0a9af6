import type { Messages } from '../../core/i18n.js';

export const pl = {
  heading: 'Odczyty liczników',
  signedOut: 'Zaloguj się, aby przekazać odczyty liczników.',
  noUnits:
    'Twoje konto nie jest właścicielem ani mieszkańcem żadnego lokalu, więc nie ma liczników do odczytu.',
  empty: 'Ten lokal nie ma liczników do odczytu.',
  loading: 'Wczytywanie liczników…',
  window: {
    open: 'Okres: {{month}}. Odczyty są przyjmowane do {{closesOn}}.',
    closed: 'Odczyty nie są teraz przyjmowane. Następny termin zaczyna się {{opensOn}}.',
  },
  kind: {
    cold_water: 'Zimna woda',
    hot_water: 'Ciepła woda',
    electricity_day: 'Energia elektryczna, taryfa dzienna',
    electricity_night: 'Energia elektryczna, taryfa nocna',
    heat: 'Ciepło',
    gas: 'Gaz',
  },
  measure: { m3: 'm³', kWh: 'kWh', Gcal: 'Gcal', GJ: 'GJ' },
  meter: {
    name: '{{kind}}, licznik {{serial}}',
    serial: 'Numer seryjny',
    last: 'Ostatni odczyt',
    none: 'Jeszcze brak',
    reading: '{{value}} {{measure}}, {{date}}',
    sent: 'Przekazano w tym terminie',
    replaces: 'Nowa wartość przekazana teraz zastąpi ten odczyt.',
    verification: 'Termin legalizacji',
    expired: 'Legalizacja wygasła: odczyty nie są przyjmowane do czasu ponownej legalizacji.',
  },
  input: {
    label: 'Nowy odczyt, {{measure}}',
    hint: 'Licznik ma {{whole}} przed przecinkiem i {{fraction}} po nim.',
    hintWhole: 'Licznik ma {{whole}} i nie ma miejsc po przecinku.',
    rollover: 'Licznik przekroczył maksimum i zaczął liczyć od zera',
  },
  digits_one: '{{count}} cyfrę',
  digits_few: '{{count}} cyfry',
  digits_many: '{{count}} cyfr',
  digits_other: '{{count}} cyfry',
  months_one: '{{count}} miesiąc',
  months_few: '{{count}} miesiące',
  months_many: '{{count}} miesięcy',
  months_other: '{{count}} miesiąca',
  times_one: '{{factor}} raz',
  times_few: '{{factor}} razy',
  times_many: '{{factor}} razy',
  times_other: '{{factor}} raza',
  problems: {
    invalid_format: 'Wpisz same cyfry, z przecinkiem lub kropką przed częścią dziesiętną.',
    reading_too_many_digits:
      'Za dużo cyfr: ten licznik ma {{whole}} przed przecinkiem i {{fraction}} po nim.',
    wholeDigitsOnly:
      'Za dużo cyfr albo miejsca po przecinku: ten licznik ma {{whole}} i nie ma miejsc po przecinku.',
    reading_below_last:
      'To mniej niż ostatni odczyt: {{last}}. Jeśli licznik przekroczył maksimum i zaczął od zera, zaznacz pole poniżej.',
    reading_outside_window: 'Odczyty są przyjmowane od {{opensOn}} do {{closesOn}}.',
    meter_verification_expired:
      'Legalizacja tego licznika wygasła {{verificationDueOn}}, więc odczyt nie zostanie przyjęty. Skontaktuj się z zarządcą.',
    use: {
      once: 'zużycie {{consumption}}',
      months: 'zużycie {{monthly}} miesięcznie przez {{months}}',
    },
    implausible: {
      largest:
        'To {{use}}, ponad {{times}} więcej niż największe miesięczne zużycie tego licznika ({{reference}}). Sprawdź wartość albo potwierdź ją z komentarzem.',
      average:
        'To {{use}}, ponad {{times}} więcej niż średnie miesięczne zużycie tego licznika ({{reference}}). Sprawdź wartość albo potwierdź ją z komentarzem.',
    },
    rollover: {
      invalid_value:
        'Wartość nie jest mniejsza od ostatniego odczytu, więc licznik nie zaczął od zera: odznacz pole.',
    },
    comment: { required: 'Napisz, dlaczego ta wartość jest prawidłowa.' },
  },
  confirm: { comment: 'Dlaczego ta wartość jest prawidłowa?', action: 'Potwierdź tę wartość' },
  nothingToSend: 'Wpisz co najmniej jeden odczyt.',
  send: 'Wyślij odczyty',
  sending: 'Wysyłanie…',
  stored: 'Przyjęto: {{value}} {{measure}}.',
  flagged: 'Oznaczono do sprawdzenia przez zarządcę.',
  submitted_one: 'Przyjęto {{count}} odczyt.',
  submitted_few: 'Przyjęto {{count}} odczyty.',
  submitted_many: 'Przyjęto {{count}} odczytów.',
  submitted_other: 'Przyjęto {{count}} odczytu.',
  queued:
    'Brak połączenia. Odczyty są zapisane na tym urządzeniu i zostaną wysłane, gdy tylko połączenie wróci.',
  waiting: 'Czeka na połączenie: {{value}} {{measure}}.',
  history: {
    toggle: 'Historia odczytów',
    caption: '{{name}}: odczyty, od najnowszych',
    columns: {
      period: 'Miesiąc',
      value: 'Odczyt, {{measure}}',
      consumption: 'Zużycie, {{measure}}',
      date: 'Przekazano',
      notes: 'Uwagi',
    },
    replaced: 'Zastąpiony',
    flagged: 'Oznaczony dla zarządcy',
    rollover: 'Przejście przez zero',
    initial: 'Wartość początkowa licznika',
    empty: 'Nie ma jeszcze odczytów.',
    loading: 'Wczytywanie historii…',
    more: 'Pokaż więcej',
    moreLoading: 'Wczytywanie…',
    shown_one: 'Wyświetlono {{count}} odczyt',
    shown_few: 'Wyświetlono {{count}} odczyty',
    shown_many: 'Wyświetlono {{count}} odczytów',
    shown_other: 'Wyświetlono {{count}} odczytu',
    chart: 'Zużycie w miesiącach, {{measure}}',
    export: 'Pobierz CSV',
    exportLabel: 'Pobierz CSV: {{name}}',
    downloaded: 'Pobrano: {{fileName}}',
  },
} satisfies Messages;

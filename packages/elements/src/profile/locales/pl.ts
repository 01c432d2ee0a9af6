import type { Messages } from '../../core/i18n.js';

export const pl = {
  heading: 'Mój profil',
  signedOut: 'Zaloguj się, aby zobaczyć i zmienić swoje dane kontaktowe i powiadomienia.',
  loading: 'Wczytywanie profilu…',
  contacts: {
    heading: 'Dane kontaktowe',
    name: 'Imię i nazwisko',
    phone: 'Telefon',
    phoneHint:
      'W formacie międzynarodowym, z numerem kierunkowym kraju: +48 601 234 567. Zostaw puste, aby usunąć numer.',
    locale: 'Język',
    localeHint: 'W tym języku przychodzą e-maile i powiadomienia.',
    save: 'Zapisz',
    saving: 'Zapisywanie…',
    saved: 'Zapisano.',
  },
  email: {
    heading: 'E-mail',
    current: 'Twój adres e-mail:',
    none: 'Nie masz jeszcze adresu e-mail.',
    new: 'Nowy adres e-mail',
    newHint: 'Wyślemy na niego link; adres zmieni się, gdy go otworzysz.',
    request: 'Wyślij link potwierdzający',
    requesting: 'Wysyłanie…',
    pending:
      'Wysłaliśmy link na adres {{pending}}. Zmiana czeka na potwierdzenie, aż go otworzysz; do tego czasu logujesz się adresem {{current}}.',
    pendingFirst:
      'Wysłaliśmy link na adres {{pending}}. Adres czeka na potwierdzenie, aż otworzysz link.',
  },
  confirm: {
    confirming: 'Potwierdzanie nowego adresu e-mail…',
    confirmed: 'Nowy adres e-mail został potwierdzony.',
    taken:
      'W międzyczasie ten adres otrzymała inna osoba, więc Twój adres nie został zmieniony. Poproś o zmianę na inny adres.',
  },
  occupants: {
    heading: 'Liczba mieszkańców',
    intro: 'Według niej naliczane są niektóre opłaty. Zgłoś ją ponownie, gdy się zmieni.',
    unit: 'Lokal {{number}}, {{property}}',
    none: 'Jeszcze nie zgłoszono.',
    declared_one: 'Zgłoszono {{date}}: {{count}} osoba.',
    declared_few: 'Zgłoszono {{date}}: {{count}} osoby.',
    declared_many: 'Zgłoszono {{date}}: {{count}} osób.',
    declared_other: 'Zgłoszono {{date}}: {{count}} osoby.',
    count: 'Liczba osób mieszkających w lokalu',
    countHint: 'Wszyscy, którzy tu mieszkają, łącznie z Tobą.',
    declare: 'Zgłoś',
    declaring: 'Zgłaszanie…',
  },
  notifications: {
    heading: 'Powiadomienia',
    intro:
      'Które e-maile otrzymujesz. Wiadomości potrzebne do logowania (linki do hasła, zaproszenia, potwierdzenia adresu) przychodzą zawsze.',
    kind: 'Powiadomienie',
    company: 'Zarządca',
    mine: 'Twój wybór',
    sends: 'Wysyłane teraz',
    mineOf: 'Twój wybór: {{kind}}',
    saving: 'Zapisywanie…',
    saved: '{{kind}}: {{sends}}, {{decidedBy}}.',
  },
  kinds: {
    ticket_updates: {
      name: 'Zmiany w zgłoszeniach usterek',
      about: 'Zmienił się status zgłoszonej przez Ciebie usterki.',
    },
    registration_requests: {
      name: 'Wnioski o rejestrację',
      about: 'Ktoś się zarejestrował i czeka na decyzję.',
    },
  },
  setting: { send: 'Wysyłaj', dont_send: 'Nie wysyłaj', unset: 'Nie ustawiono' },
  choice: { send: 'Wysyłaj', dont_send: 'Nie wysyłaj', unset: 'Jak ustali zarządca' },
  sends: { yes: 'Wysyłane', no: 'Niewysyłane' },
  decidedBy: {
    mine: 'zgodnie z Twoim wyborem',
    company: 'zgodnie z ustawieniem zarządcy',
    none: 'bo nic nie ustawiono',
  },
  fields: {
    name: { too_short: 'Wpisz imię i nazwisko.' },
    phone: {
      invalid_format: 'Wpisz numer z plusem i numerem kierunkowym kraju, np. +48 601 234 567.',
    },
    email: {
      required: 'Wpisz nowy adres.',
      invalid_value: 'To już jest Twój adres.',
    },
    count: {
      required: 'Wpisz, ile osób mieszka w lokalu.',
      invalid_type: 'Wpisz liczbę całkowitą, np. 3.',
      out_of_range: 'Najwyżej {{max}}.',
    },
  },
} satisfies Messages;

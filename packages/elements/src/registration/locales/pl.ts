import type { Messages } from '../../core/i18n.js';

export const pl = {
  heading: 'Rejestracja',
  intro: 'Jesteś tu pierwszy raz? Zarejestruj się numerem komórki: wyślemy Ci kod SMS-em.',
  signedIn: 'Jesteś zalogowany, więc masz już konto.',
  phone: {
    label: 'Telefon komórkowy',
    hint: 'W formacie międzynarodowym, z numerem kierunkowym kraju: +48 601 234 567.',
    send: 'Wyślij kod',
    sending: 'Wysyłanie…',
  },
  code: {
    sent: 'Wysłaliśmy kod SMS-em na numer {{phone}}. Jest ważny przez {{valid}}.',
    resent: 'Wysłaliśmy nowy kod na numer {{phone}}; poprzedni już nie działa.',
    change: 'Zmień numer',
    resend: 'Wyślij nowy kod',
    resending: 'Wysyłanie…',
    resendIn: 'Nie dostałeś SMS-a? O nowy kod możesz poprosić za {{wait}}.',
    label: 'Kod z SMS-a',
  },
  details: {
    name: 'Imię i nazwisko',
    nameHint: 'Tak, jak zna Cię zarządca, np. z rachunków.',
    email: 'E-mail',
    emailHint: 'Wyślemy na niego link do ustawienia hasła.',
    account: 'Numer konta (nieobowiązkowo)',
    accountHint: 'Z rachunku lub blankietu wpłaty: dzięki niemu od razu znajdziemy Twój lokal.',
    locale: 'Język',
    localeHint: 'W tym języku przyjdą e-maile i SMS-y.',
    submit: 'Zarejestruj się',
    submitting: 'Rejestrowanie…',
  },
  outcome: {
    attached:
      'Rejestracja zakończona. Sprawdź e-mail: znajdziesz w nim link do ustawienia hasła, którym potem się zalogujesz.',
    pending:
      'Wniosek został wysłany. Decyzję podejmie zarządca; poinformujemy Cię SMS-em i e-mailem.',
  },
  errors: {
    provider_unavailable:
      'Serwis SMS nie odpowiada, więc kodu nie wysłano. Spróbuj ponownie za {{wait}}.',
    provider_unavailable_later:
      'Serwis SMS nie odpowiada, więc kodu nie wysłano. Spróbuj ponownie za chwilę.',
  },
  fields: {
    phone: {
      required: 'Wpisz numer telefonu komórkowego.',
      invalid_format: 'Wpisz numer z plusem i numerem kierunkowym kraju, np. +48 601 234 567.',
    },
    code: {
      required: 'Wpisz kod z SMS-a.',
      invalid_format: 'Wpisz kod tak, jak jest w SMS-ie: same cyfry.',
      invalid_value: 'Ten kod jest błędny lub już nieważny. Sprawdź SMS albo poproś o nowy kod.',
    },
    name: { required: 'Wpisz imię i nazwisko.', too_short: 'Wpisz imię i nazwisko.' },
    email: { required: 'Wpisz adres e-mail.' },
  },
} satisfies Messages;

import type { Messages } from '../../core/i18n.js';

export const pl = {
  signIn: {
    heading: 'Logowanie',
    email: 'E-mail',
    password: 'Hasło',
    showPassword: 'Pokaż hasło',
    submit: 'Zaloguj się',
    submitting: 'Logowanie…',
    forgot: 'Nie pamiętasz hasła?',
  },
  forgot: {
    heading: 'Odzyskiwanie hasła',
    intro: 'Podaj swój e-mail, a wyślemy link do ustawienia nowego hasła.',
    submit: 'Wyślij link',
    submitting: 'Wysyłanie…',
    sent: 'Jeśli ten e-mail należy do konta, link do ustawienia nowego hasła jest już w drodze. Działa raz, przez 30 minut.',
    back: 'Wróć do logowania',
  },
  reset: {
    heading: 'Ustaw nowe hasło',
    password: 'Nowe hasło',
    confirm: 'Powtórz nowe hasło',
    rules: 'Hasło musi zawierać:',
    ruleMet: 'spełnione',
    ruleUnmet: 'niespełnione',
    submit: 'Zapisz hasło',
    submitting: 'Zapisywanie…',
    done: 'Hasło zostało zmienione. Zaloguj się nowym hasłem.',
  },
  rules: {
    password_too_short_one: 'co najmniej {{count}} znak',
    password_too_short_few: 'co najmniej {{count}} znaki',
    password_too_short_many: 'co najmniej {{count}} znaków',
    password_too_short_other: 'co najmniej {{count}} znaku',
    password_needs_digit: 'cyfrę',
    password_needs_symbol: 'znak specjalny, np. ! lub #',
    password_needs_upper: 'wielką literę',
    password_needs_lower: 'małą literę',
  },
  signedIn: {
    greeting: 'Dzień dobry, {{name}}!',
    loading: 'Wczytywanie konta…',
    retry: 'Spróbuj ponownie',
    signOut: 'Wyloguj się',
  },
  fields: {
    confirm: { mismatch: 'Hasła nie są takie same.' },
  },
} satisfies Messages;

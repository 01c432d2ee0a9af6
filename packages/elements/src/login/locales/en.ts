import type { Messages } from '../../core/i18n.js';

export const en = {
  signIn: {
    heading: 'Sign in',
    email: 'E-mail',
    password: 'Password',
    showPassword: 'Show password',
    submit: 'Sign in',
    submitting: 'Signing in…',
    forgot: 'Forgot your password?',
  },
  forgot: {
    heading: 'Forgotten password',
    intro: 'Enter your e-mail and we will send you a link to set a new password.',
    submit: 'Send the link',
    submitting: 'Sending…',
    sent: 'If an account uses this e-mail, a link to set a new password is on its way. It works once, for 30 minutes.',
    back: 'Back to sign-in',
  },
  reset: {
    heading: 'Set a new password',
    password: 'New password',
    confirm: 'Repeat the new password',
    rules: 'The password must have:',
    ruleMet: 'done',
    ruleUnmet: 'missing',
    submit: 'Save the password',
    submitting: 'Saving…',
    done: 'Your password has been changed. Sign in with the new one.',
  },
  rules: {
    password_too_short_one: 'at least {{count}} character',
    password_too_short_other: 'at least {{count}} characters',
    password_needs_digit: 'a digit',
    password_needs_symbol: 'a symbol, such as ! or #',
    password_needs_upper: 'an upper-case letter',
    password_needs_lower: 'a lower-case letter',
  },
  signedIn: {
    greeting: 'Hello, {{name}}!',
    loading: 'Loading your account…',
    retry: 'Try again',
    signOut: 'Sign out',
  },
  fields: {
    confirm: { mismatch: 'The passwords are not the same.' },
  },
} satisfies Messages;

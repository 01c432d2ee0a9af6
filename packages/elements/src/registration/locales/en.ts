import type { Messages } from '../../core/i18n.js';

export const en = {
  heading: 'Register',
  intro: 'New to the portal? Register with your mobile phone: we will text you a code.',
  signedIn: 'You are signed in, so you have an account already.',
  phone: {
    label: 'Mobile phone',
    hint: 'In international form, with the country code: +44 7700 900123.',
    send: 'Send the code',
    sending: 'Sending…',
  },
  code: {
    sent: 'We sent a code by SMS to {{phone}}. It is valid for {{valid}}.',
    resent: 'We sent a new code to {{phone}}; the earlier one no longer works.',
    change: 'Change the number',
    resend: 'Send a new code',
    resending: 'Sending…',
    resendIn: 'No SMS? You can ask for a new code in {{wait}}.',
    label: 'Code from the SMS',
  },
  details: {
    name: 'Name and surname',
    nameHint: 'As the management company knows you, such as on your bills.',
    email: 'E-mail',
    emailHint: 'We will send the link to set your password there.',
    account: 'Account number (optional)',
    accountHint: 'From your bill or payment form: with it we can find your unit at once.',
    locale: 'Language',
    localeHint: 'E-mails and SMS will come in this language.',
    submit: 'Register',
    submitting: 'Registering…',
  },
  outcome: {
    attached:
      'You are registered. Check your e-mail for a link to set your password, then sign in with it.',
    pending:
      'Your request is sent. The management company will decide; you will be told by SMS and e-mail.',
  },
  errors: {
    provider_unavailable:
      'The SMS service is not answering, so no code was sent. Try again in {{wait}}.',
    provider_unavailable_later:
      'The SMS service is not answering, so no code was sent. Try again in a moment.',
  },
  fields: {
    phone: {
      required: 'Enter your mobile phone number.',
      invalid_format: 'Write the number with a plus and the country code, such as +44 7700 900123.',
    },
    code: {
      required: 'Enter the code from the SMS.',
      invalid_format: 'Enter the code as the SMS shows it: digits only.',
      invalid_value: 'This code is wrong or no longer valid. Check the SMS, or ask for a new code.',
    },
    name: { required: 'Enter your name and surname.', too_short: 'Enter your name and surname.' },
    email: { required: 'Enter your e-mail address.' },
  },
} satisfies Messages;

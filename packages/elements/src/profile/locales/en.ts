import type { Messages } from '../../core/i18n.js';

export const en = {
  heading: 'My profile',
  signedOut: 'Sign in to see and change your contact details and notifications.',
  loading: 'Loading your profile…',
  contacts: {
    heading: 'Contact details',
    name: 'Name',
    phone: 'Phone',
    phoneHint:
      'In international form, with the country code: +44 7700 900123. Leave it empty to remove the number.',
    locale: 'Language',
    localeHint: 'E-mails and notifications come in this language.',
    save: 'Save',
    saving: 'Saving…',
    saved: 'Saved.',
  },
  email: {
    heading: 'E-mail',
    current: 'Your e-mail address:',
    none: 'You have no e-mail address yet.',
    new: 'New e-mail address',
    newHint: 'We will send a link there; the address changes once you open it.',
    request: 'Send the confirmation link',
    requesting: 'Sending…',
    pending:
      'We sent a link to {{pending}}. The change stays pending until you open it; until then you sign in with {{current}}.',
    pendingFirst:
      'We sent a link to {{pending}}. The address stays pending until you open the link.',
  },
  confirm: {
    confirming: 'Confirming your new e-mail address…',
    confirmed: 'Your new e-mail address is confirmed.',
    taken:
      'Meanwhile this address was given to another person, so yours was not changed. Ask for a change to another address.',
  },
  occupants: {
    heading: 'People living in your units',
    intro: 'Some charges are counted by it. Declare the number again whenever it changes.',
    unit: 'Unit {{number}}, {{property}}',
    none: 'Not declared yet.',
    declared_one: 'Declared on {{date}}: {{count}} person.',
    declared_other: 'Declared on {{date}}: {{count}} people.',
    count: 'Number of people living here',
    countHint: 'Everyone who lives in the unit, you included.',
    declare: 'Declare',
    declaring: 'Declaring…',
  },
  notifications: {
    heading: 'Notifications',
    intro:
      'Which e-mails you get. Sign-in mail (password links, invitations, address confirmations) always comes.',
    kind: 'Notification',
    company: 'Management company',
    mine: 'Your choice',
    sends: 'Sent to you now',
    mineOf: 'Your choice: {{kind}}',
    saving: 'Saving…',
    saved: '{{kind}}: {{sends}}, {{decidedBy}}.',
  },
  kinds: {
    ticket_updates: {
      name: 'Fault ticket updates',
      about: 'A fault you reported changed status.',
    },
    registration_requests: {
      name: 'Registration requests',
      about: 'Someone registered and waits for a decision.',
    },
  },
  setting: { send: 'Send', dont_send: 'Don’t send', unset: 'Not set' },
  choice: { send: 'Send', dont_send: 'Don’t send', unset: 'As the company decides' },
  sends: { yes: 'Sent', no: 'Not sent' },
  decidedBy: {
    mine: 'by your choice',
    company: 'by the company’s setting',
    none: 'as nothing is set',
  },
  fields: {
    name: { too_short: 'Enter your name.' },
    phone: {
      invalid_format: 'Write the number with a plus and the country code, such as +44 7700 900123.',
    },
    email: {
      required: 'Enter the new address.',
      invalid_value: 'This is already your address.',
    },
    count: {
      required: 'Enter how many people live here.',
      invalid_type: 'Enter a whole number, such as 3.',
      out_of_range: 'At most {{max}}.',
    },
  },
} satisfies Messages;

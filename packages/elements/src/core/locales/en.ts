import type { Messages } from '../i18n.js';

export const en = {
  fields: {
    email: { invalid_format: 'Enter a valid e-mail address.' },
    required: 'Fill in this field.',
    invalid_type: 'This value is not valid.',
    invalid_format: 'The format is not valid.',
    invalid_value: 'This value is not allowed.',
    too_short: 'At least {{limit}} characters.',
    too_long: 'At most {{limit}} characters.',
    out_of_range: 'This value is out of range.',
    unknown_field: 'Unknown field.',
    password_policy: 'The password does not meet the rules below.',
  },
  errors: {
    invalid_credentials: 'The e-mail or the password is wrong.',
    too_many_attempts: 'Too many attempts. Try again in {{wait}}.',
    too_many_attempts_later: 'Too many attempts. Try again later.',
    validation_failed: 'Check the marked fields.',
    network_error: 'Cannot reach the server. Check your connection and try again.',
    timeout: 'The server is not answering. Try again in a moment.',
    tenant_not_found: 'This portal does not exist. Check the address of the page.',
    invalid_reset_token: 'This link has expired or has already been used. Ask for a new one.',
    password_policy: 'The new password does not meet the rules below.',
    origin_not_allowed: 'This website may not use the portal. Tell its administrator.',
    not_connected:
      'This widget is not connected: put it inside <atrium-provider> or give it base-url and tenant.',
    not_found: 'Nothing was found here: it may have been removed, or it is not yours.',
    forbidden: 'Your account may not see this.',
    unauthenticated: 'Your session has ended. Sign in again.',
    unknown: 'Something went wrong. Try again.',
  },
  units: {
    label: 'Unit',
    all: 'All units',
    unit: 'Unit {{number}}',
  },
  retry: 'Try again',
  wait: {
    seconds_one: '{{count}} second',
    seconds_other: '{{count}} seconds',
    minutes_one: '{{count}} minute',
    minutes_other: '{{count}} minutes',
  },
} satisfies Messages;

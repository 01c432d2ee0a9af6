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
    password_too_short: 'At least {{limit}} characters.',
    password_needs_digit: 'The password needs a digit.',
    password_needs_symbol: 'The password needs a symbol, such as ! or #.',
    password_needs_upper: 'The password needs an upper-case letter.',
    password_needs_lower: 'The password needs a lower-case letter.',
    reading_below_last: 'Lower than the last reading ({{last}}).',
    reading_too_many_digits:
      'Too many digits for this meter: at most {{digits}} before the decimal point and {{decimals}} after it.',
    reading_implausible: 'This value is implausibly high. Check it, or confirm it with a comment.',
    reading_outside_window: 'Readings are accepted from {{opensOn}} to {{closesOn}}.',
    meter_verification_expired:
      'The meter’s verification expired on {{verificationDueOn}}; contact the management company.',
    total_area_missing: 'The property has no total area, so no owners’ meeting can be held.',
    no_owners: 'The property’s units have no owners, so there is no one to vote.',
    owned_area_exceeds_total:
      'The owners’ units ({{ownedArea}}\u00a0m²) exceed the property’s total area ({{totalArea}}\u00a0m²).',
    unit_shares_exceed_whole:
      'The owners’ shares of unit {{unitNumber}} add up to more than the whole ({{shares}}).',
    window_order: 'Voting must close after it opens.',
    window_over: 'This time has already passed.',
    fraction_over_one: 'The numerator cannot be greater than the denominator.',
    not_entitled: 'You hold no vote for this unit in this meeting.',
    duplicate_vote: 'This vote on this resolution for this unit was sent twice.',
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

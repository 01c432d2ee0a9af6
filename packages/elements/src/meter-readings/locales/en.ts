import type { Messages } from '../../core/i18n.js';

export const en = {
  heading: 'Meter readings',
  signedOut: 'Sign in to send your meter readings.',
  noUnits: 'Your account neither owns nor lives in a unit here, so there are no meters to read.',
  empty: 'This unit has no meters to read.',
  loading: 'Loading the meters…',
  window: {
    open: 'Period: {{month}}. Readings are accepted until {{closesOn}}.',
    closed: 'Readings are not accepted now. The next window opens on {{opensOn}}.',
  },
  kind: {
    cold_water: 'Cold water',
    hot_water: 'Hot water',
    electricity_day: 'Electricity, day rate',
    electricity_night: 'Electricity, night rate',
    heat: 'Heat',
    gas: 'Gas',
  },
  measure: { m3: 'm³', kWh: 'kWh', Gcal: 'Gcal', GJ: 'GJ' },
  meter: {
    name: '{{kind}}, meter {{serial}}',
    serial: 'Serial number',
    last: 'Last reading',
    none: 'None yet',
    reading: '{{value}} {{measure}}, {{date}}',
    sent: 'Sent in this window',
    replaces: 'A new value sent now replaces it.',
    verification: 'Verification due',
    expired: 'Expired: no reading is accepted until the meter is verified again.',
  },
  input: {
    label: 'New reading, {{measure}}',
    hint: 'The meter has {{whole}} before the decimal point and {{fraction}} after it.',
    hintWhole: 'The meter has {{whole}} and no decimals.',
    rollover: 'The meter passed its maximum and started again from zero',
  },
  digits_one: '{{count}} digit',
  digits_other: '{{count}} digits',
  months_one: '{{count}} month',
  months_other: '{{count}} months',
  times_one: '{{factor}} times',
  times_other: '{{factor}} times',
  problems: {
    invalid_format: 'Enter digits only, with a comma or a point before the decimals.',
    reading_too_many_digits:
      'Too many digits: this meter has {{whole}} before the decimal point and {{fraction}} after it.',
    wholeDigitsOnly: 'Too many digits, or decimals: this meter has {{whole}} and no decimals.',
    reading_below_last:
      'This is lower than the last reading, {{last}}. If the meter passed its maximum and started again from zero, tick the box below.',
    reading_outside_window: 'Readings are accepted from {{opensOn}} to {{closesOn}}.',
    meter_verification_expired:
      'The verification of this meter expired on {{verificationDueOn}}, so no reading is accepted. Contact the management company.',
    use: {
      once: 'a use of {{consumption}}',
      months: 'a use of {{monthly}} a month over {{months}}',
    },
    implausible: {
      largest:
        'That is {{use}}, over {{times}} the largest monthly use of this meter ({{reference}}). Check the value, or confirm it with a comment.',
      average:
        'That is {{use}}, over {{times}} the average monthly use of this meter ({{reference}}). Check the value, or confirm it with a comment.',
    },
    rollover: {
      invalid_value:
        'The value is not below the last reading, so the meter did not start again from zero: untick the box.',
    },
    comment: { required: 'Say why the value is right.' },
  },
  confirm: { comment: 'Why is this value right?', action: 'Confirm this value' },
  nothingToSend: 'Enter at least one reading.',
  send: 'Send readings',
  sending: 'Sending…',
  stored: 'Received: {{value}} {{measure}}.',
  flagged: 'Flagged for the manager to check.',
  submitted_one: '{{count}} reading received.',
  submitted_other: '{{count}} readings received.',
  queued:
    'No connection. The readings are kept on this device and are sent as soon as the connection is back.',
  waiting: 'Waiting for the connection: {{value}} {{measure}}.',
  history: {
    toggle: 'Reading history',
    caption: '{{name}}: readings, newest first',
    columns: {
      period: 'Month',
      value: 'Reading, {{measure}}',
      consumption: 'Use, {{measure}}',
      date: 'Sent',
      notes: 'Notes',
    },
    replaced: 'Replaced',
    flagged: 'Flagged for the manager',
    rollover: 'Passed zero',
    initial: 'Initial value of the meter',
    empty: 'No readings yet.',
    loading: 'Loading the history…',
    more: 'Show more',
    moreLoading: 'Loading…',
    shown_one: '{{count}} reading shown',
    shown_other: '{{count}} readings shown',
    chart: 'Use by month, {{measure}}',
    export: 'Download CSV',
    exportLabel: 'Download CSV: {{name}}',
    downloaded: 'Downloaded: {{fileName}}',
  },
} satisfies Messages;

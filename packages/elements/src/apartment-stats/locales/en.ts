import type { Messages } from '../../core/i18n.js';

export const en = {
  heading: 'Apartment statistics',
  signedOut: 'Sign in to see the statistics of your apartments.',
  noUnits: 'Your account owns no apartments here, so there are no statistics to show.',
  empty: 'No month is complete yet. Statistics appear once the first month is over.',
  loading: 'Loading the statistics…',
  range: { legend: 'Period', from: 'From', to: 'To' },
  view: { label: 'Show as', charts: 'Charts', table: 'Table' },
  charts: {
    occupancy: 'Occupancy',
    adr: 'Average daily rate',
    revenue: 'Revenue',
    accommodation: 'Accommodation',
    extras: 'Extra services',
    penalty: 'Cancellation penalties',
    summary:
      '{{title}}, {{from}} to {{to}}: lowest {{min}} in {{minMonth}}, highest {{max}} in {{maxMonth}}.',
    revenueSummary:
      'Revenue, {{from}} to {{to}}: accommodation {{accommodation}}, extra services {{extras}}, cancellation penalties {{penalty}} in total.',
  },
  table: {
    caption: 'Statistics by month: {{unit}}',
    month: 'Month',
    nightsSold: 'Nights sold',
    nightsAvailable: 'Nights available',
    occupancy: 'Occupancy',
    adr: 'Average daily rate',
    revpar: 'Revenue per available night',
    accommodation: 'Accommodation',
    extras: 'Extra services',
    penalty: 'Cancellation penalties',
    total: 'Total',
  },
  totals: {
    heading: 'Totals for the period',
    occupancy: 'Occupancy',
    nights_one: '{{count}} night sold of {{available}}',
    nights_other: '{{count}} nights sold of {{available}}',
    adr: 'Average daily rate',
    revenue: 'Revenue',
    revenueParts: 'accommodation {{accommodation}}, extras {{extras}}, penalties {{penalty}}',
  },
} satisfies Messages;

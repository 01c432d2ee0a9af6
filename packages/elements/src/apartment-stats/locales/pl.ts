import type { Messages } from '../../core/i18n.js';

export const pl = {
  heading: 'Statystyki lokalu',
  signedOut: 'Zaloguj się, aby zobaczyć statystyki swoich lokali.',
  noUnits: 'Twoje konto nie jest właścicielem żadnego lokalu, więc nie ma tu statystyk.',
  empty: 'Żaden miesiąc nie jest jeszcze zamknięty. Statystyki pojawią się po pierwszym miesiącu.',
  loading: 'Wczytywanie statystyk…',
  range: { legend: 'Okres', from: 'Od', to: 'Do' },
  view: { label: 'Pokaż jako', charts: 'Wykresy', table: 'Tabela' },
  charts: {
    occupancy: 'Obłożenie',
    adr: 'Średnia cena doby',
    revenue: 'Przychód',
    accommodation: 'Zakwaterowanie',
    extras: 'Usługi dodatkowe',
    penalty: 'Opłaty za anulowanie',
    summary:
      '{{title}}, od {{from}} do {{to}}: najniżej {{min}} ({{minMonth}}), najwyżej {{max}} ({{maxMonth}}).',
    revenueSummary:
      'Przychód od {{from}} do {{to}}: zakwaterowanie {{accommodation}}, usługi dodatkowe {{extras}}, opłaty za anulowanie {{penalty}} łącznie.',
  },
  table: {
    caption: 'Statystyki miesięczne: {{unit}}',
    month: 'Miesiąc',
    nightsSold: 'Sprzedane noce',
    nightsAvailable: 'Dostępne noce',
    occupancy: 'Obłożenie',
    adr: 'Średnia cena doby',
    revpar: 'Przychód na dostępną noc',
    accommodation: 'Zakwaterowanie',
    extras: 'Usługi dodatkowe',
    penalty: 'Opłaty za anulowanie',
    total: 'Razem',
  },
  totals: {
    heading: 'Podsumowanie okresu',
    occupancy: 'Obłożenie',
    nights_one: '{{count}} sprzedana noc z {{available}}',
    nights_few: '{{count}} sprzedane noce z {{available}}',
    nights_many: '{{count}} sprzedanych nocy z {{available}}',
    nights_other: '{{count}} sprzedanej nocy z {{available}}',
    adr: 'Średnia cena doby',
    revenue: 'Przychód',
    revenueParts: 'zakwaterowanie {{accommodation}}, usługi {{extras}}, opłaty {{penalty}}',
  },
} satisfies Messages;

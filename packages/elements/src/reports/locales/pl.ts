import type { Messages } from '../../core/i18n.js';

export const pl = {
  heading: 'Raporty',
  signedOut: 'Zaloguj się, aby zobaczyć swoje raporty i zestawienia.',
  empty: 'Nie ma jeszcze raportów. Zestawienie pojawi się tu po każdym zamkniętym miesiącu.',
  loading: 'Wczytywanie raportów…',
  caption: 'Raporty i zestawienia, od najnowszych: {{unit}}',
  columns: { document: 'Dokument', month: 'Miesiąc', unit: 'Lokal', files: 'Pobierz' },
  kind: { statement: 'Zestawienie miesięczne', agent_report: 'Raport agenta' },
  download: 'Pobierz {{format}}: {{name}}',
  downloading: 'Pobieranie {{format}}: {{name}}',
  downloaded: 'Pobrano: {{fileName}}',
  received: 'Odebrano {{size}}',
  more: 'Pokaż więcej',
  moreLoading: 'Wczytywanie…',
  shown_one: 'Wyświetlono {{count}} raport',
  shown_few: 'Wyświetlono {{count}} raporty',
  shown_many: 'Wyświetlono {{count}} raportów',
  shown_other: 'Wyświetlono {{count}} raportu',
} satisfies Messages;

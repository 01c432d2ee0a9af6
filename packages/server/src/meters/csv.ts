import type { Locale } from '@atrium/sdk';
import type { MeterReading } from './types.js';

type Column = Exclude<keyof MeterReading, 'id' | 'meterId'>;

// The export's columns in order, headed in the reader's language; values as in the API.
const headings: Record<Column, Record<Locale, string>> = {
  period: { ru: 'Период', pl: 'Okres', en: 'Period' },
  value: { ru: 'Показание', pl: 'Odczyt', en: 'Reading' },
  kind: { ru: 'Вид', pl: 'Rodzaj', en: 'Kind' },
  rollover: { ru: 'Переход через ноль', pl: 'Przekręcenie licznika', en: 'Roll-over' },
  consumption: { ru: 'Расход', pl: 'Zużycie', en: 'Consumption' },
  flagged: { ru: 'Подтверждён скачок', pl: 'Potwierdzony skok', en: 'Confirmed jump' },
  comment: { ru: 'Комментарий', pl: 'Komentarz', en: 'Comment' },
  submittedAt: { ru: 'Передано', pl: 'Przesłano', en: 'Submitted at' },
  submittedBy: { ru: 'Кто передал', pl: 'Przesłane przez', en: 'Submitted by' },
  supersededAt: { ru: 'Заменено', pl: 'Zastąpiono', en: 'Superseded at' },
};
const columns = Object.keys(headings) as Column[];

/**
 * One field, quoted when RFC 4180 needs it. Text a spreadsheet would run as a formula
 * (=, +, -, @ first) is led by an apostrophe: comments and names are residents' own words.
 */
function field(value: string | boolean | null): string {
  const text = value === null ? '' : String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The history as CSV: UTF-8 with a byte order mark, CRLF line ends, a heading row. */
export function readingsCsv(readings: MeterReading[], locale: Locale): string {
  const lines = [
    columns.map((column) => field(headings[column][locale])),
    ...readings.map((reading) => columns.map((column) => field(reading[column]))),
  ];
  return `\uFEFF${lines.map((line) => line.join(',')).join('\r\n')}\r\n`;
}

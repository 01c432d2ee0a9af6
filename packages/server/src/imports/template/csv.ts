import type { ImportKind, Locale } from '@atrium/sdk';
import { columnsOf } from './columns.js';
import { instructionsOf } from './rows.js';

/**
 * The CSV template: the instructions as `#` comment lines, which an import skips, then the
 * header row. With a byte order mark, so a spreadsheet program opens it as UTF-8.
 */
export function csvTemplate(kind: ImportKind, locale: Locale): string {
  const { texts, title, columns } = instructionsOf(kind, locale);
  const { headings } = texts;
  const lines = [
    title,
    ...texts.intro,
    ...texts.csv,
    '',
    ...columns.map(
      (c) =>
        `${c.key} | ${headings.required}: ${c.required} | ${c.holds} | ${headings.example}: ${c.example}`,
    ),
  ].map((line) => (line ? `# ${line}` : '#'));
  return `\ufeff${[...lines, columnsOf(kind).join(',')].join('\r\n')}\r\n`;
}

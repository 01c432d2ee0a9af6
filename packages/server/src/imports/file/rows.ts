import type { ImportFormat } from '@atrium/sdk';
import { csvRows } from './csv.js';
import { xlsxRows } from './xlsx.js';

/** One row of a file as the uploader sees it: its number and its cells, trimmed. */
export interface SourceRow {
  row: number;
  cells: string[];
}

/**
 * The file cannot be read on: not UTF-8, a quote never closed, not a workbook. `row` is
 * where reading stopped when the reader knows it.
 */
export class UnreadableFile extends Error {
  constructor(
    readonly row: number | null,
    options?: { cause: unknown },
  ) {
    super('unreadable import file', options);
  }
}

/**
 * The rows of a stored file, one at a time, those with nothing in them left out (a CSV's
 * comment lines too). Throws UnreadableFile where the file stops making sense.
 */
export function rowsOf(
  format: ImportFormat,
  parts: AsyncIterable<Buffer>,
): AsyncIterable<SourceRow> {
  return format === 'csv' ? csvRows(parts) : xlsxRows(parts);
}

/** Whether a row holds anything at all (a sheet's trailing `;;;` rows do not). */
export const hasContent = (cells: readonly string[]) => cells.some((cell) => cell !== '');

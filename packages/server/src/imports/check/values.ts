import type { ColumnKey } from '../template/columns.js';
import type { SourceRow } from '../file/rows.js';
import type { DataRow, RowIssue } from './issues.js';

// A decimal with a comma, as Polish and Russian spreadsheets write it: 54,30 is 54.30.
const commaDecimal = /^\d+,\d+$/;

/** A number cell in the contract's form: the decimal comma becomes a point. */
export const decimalOf = (cell: string) =>
  commaDecimal.test(cell) ? cell.replace(',', '.') : cell;

/**
 * A row's cells by the header's columns, empty ones left out (an empty cell says nothing);
 * a filled cell past the header's last column is refused, since no column says what it is.
 */
export function rowValues<K extends ColumnKey>(
  source: SourceRow,
  header: readonly (K | null)[],
): { data: DataRow<K>; issues: RowIssue[] } {
  const values: Partial<Record<K, string>> = {};
  const issues: RowIssue[] = [];
  source.cells.forEach((cell, index) => {
    if (cell === '') return;
    const key = header[index];
    if (key) values[key] = cell;
    else if (index >= header.length) {
      issues.push({ row: source.row, column: null, code: 'unknown_field' });
    }
  });
  return { data: { row: source.row, values }, issues: issues.slice(0, 1) };
}

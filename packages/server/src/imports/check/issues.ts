import type { FieldErrorCode } from '@atrium/sdk';
import type { Params } from '../../errors/messages.js';
import type { ColumnKey } from '../template/columns.js';

/** A bad cell, row or file, before its message is put into a reader's language. */
export interface RowIssue {
  /** The row's number in the file; null for the file as a whole. */
  row: number | null;
  /** The column's key (an unknown one as the header wrote it); null for the whole row or file. */
  column: string | null;
  code: FieldErrorCode;
  params?: Params;
}

/** A row of data, its non-empty cells by column key. */
export interface DataRow<K extends ColumnKey = ColumnKey> {
  row: number;
  values: Partial<Record<K, string>>;
}

/** Issues of one row, added as they are found. */
export class RowIssues<K extends ColumnKey> {
  readonly found: RowIssue[] = [];
  constructor(readonly row: number) {}

  add(column: K | null, code: FieldErrorCode, params?: Params): void {
    this.found.push({ row: this.row, column, code, ...(params && { params }) });
  }

  /** Whether the column has an issue already (the first reason is the one said). */
  has(column: K): boolean {
    return this.hasAny([column]);
  }

  // loops rather than closures: this runs several times for every row of a large file
  hasAny(columns: readonly K[]): boolean {
    for (const issue of this.found) {
      if (columns.includes(issue.column as K)) return true;
    }
    return false;
  }
}

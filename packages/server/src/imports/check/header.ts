import type { ImportKind } from '@atrium/sdk';
import type { SourceRow } from '../file/rows.js';
import {
  columnsOf,
  headerNeeds,
  requirements,
  type ColumnKey,
  type Requirement,
} from '../template/columns.js';
import type { RowIssue } from './issues.js';

/** The header row read: the column key of each cell (null for an empty one) and what is wrong. */
export interface Header {
  columns: (ColumnKey | null)[];
  issues: RowIssue[];
}

/**
 * The header row of a kind's file: every key known (an unknown one is named by its text)
 * and given once; the columns every row needs present. Keys are compared without case. No
 * header at all (an empty file) lacks every column, said of the file as a whole.
 */
export function readHeader(kind: ImportKind, source: SourceRow | null): Header {
  const known = new Set<string>(columnsOf(kind));
  const row = source?.row ?? null;
  const issues: RowIssue[] = [];
  const columns = (source?.cells ?? []).map((cell): ColumnKey | null => {
    const key = cell.toLowerCase();
    if (key === '') return null;
    if (!known.has(key)) {
      issues.push({ row, column: cell, code: 'unknown_field' });
      return null;
    }
    return key as ColumnKey;
  });
  columns.forEach((key, index) => {
    if (key && columns.indexOf(key) !== index) {
      issues.push({ row, column: key, code: 'invalid_value' });
    }
  });
  const needs = requirements[kind] as Record<ColumnKey, Requirement>;
  for (const key of columnsOf(kind)) {
    if (headerNeeds(needs[key]) && !columns.includes(key)) {
      issues.push({ row, column: key, code: 'missing_column' });
    }
  }
  return { columns, issues };
}

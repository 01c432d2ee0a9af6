import type { ImportKind } from '@atrium/sdk';
import type { SourceRow } from '../file/rows.js';
import { readHeader } from './header.js';
import type { DataRow, RowIssue } from './issues.js';
import { rowValues } from './values.js';

/** Rows checked and written together: one round of lookups, one INSERT per table. */
export const batchSize = 250;

/** A batch of data rows, and what is wrong with them before any lookup (a stray cell). */
export interface Batch {
  rows: DataRow[];
  issues: RowIssue[];
}

/**
 * The data rows of a file in batches, after its header row. A header with any issue is the
 * only batch (its issues, no rows): no row can be judged by columns that are not there.
 */
export async function* batchesOf(
  kind: ImportKind,
  source: AsyncIterable<SourceRow>,
): AsyncGenerator<Batch> {
  const rows = source[Symbol.asyncIterator]();
  try {
    const first = await rows.next();
    const header = readHeader(kind, first.done ? null : first.value);
    if (header.issues.length) {
      yield { rows: [], issues: header.issues };
      return;
    }
    let batch: Batch = { rows: [], issues: [] };
    for (let next = await rows.next(); !next.done; next = await rows.next()) {
      const { data, issues } = rowValues(next.value, header.columns);
      batch.rows.push(data);
      batch.issues.push(...issues);
      if (batch.rows.length === batchSize) {
        yield batch;
        batch = { rows: [], issues: [] };
      }
    }
    if (batch.rows.length) yield batch;
  } finally {
    await rows.return?.();
  }
}

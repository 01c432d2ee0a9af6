import type { ImportCounts, Locale } from '@atrium/sdk';
import type { Sql } from '../../db/scope.js';
import type { DataRow, RowIssue } from '../check/issues.js';
import type { ColumnKey } from '../template/columns.js';

/** What a pass over a file knows of where it runs. */
export interface PassContext {
  tenantId: string;
  /** The import's id. */
  id: string;
  /** A new person's language when the row names none. */
  defaultLocale: Locale;
  /** The write pass: what rows rely on is locked as the directory's routes lock it. */
  lock: boolean;
}

/**
 * One pass of a kind over a file, batch by batch: each batch checked against the directory
 * and the rows before it (only the keys that rows are compared by are kept), then, in the
 * write pass, written.
 */
export interface KindPass {
  check(sql: Sql, rows: DataRow[]): Promise<RowIssue[]>;
  /** Writes the batch checked last, which had no issue. */
  write(sql: Sql): Promise<void>;
  readonly created: ImportCounts;
}

export type Kind = (context: PassContext) => KindPass;

/** A kind's check of a batch: what is wrong, and what writing the good rows takes. */
export interface Checker<C extends ColumnKey, P> {
  check(sql: Sql, rows: DataRow<C>[]): Promise<{ issues: RowIssue[]; plans: P[] }>;
}

export type Writer<P> = (
  sql: Sql,
  context: PassContext,
  plans: P[],
  created: ImportCounts,
) => Promise<void>;

/** A kind of import from its check and its writing of checked rows. */
export function kindOf<C extends ColumnKey, P>(
  checker: (context: PassContext) => Checker<C, P>,
  write: Writer<P>,
): Kind {
  return (context) => {
    const checking = checker(context);
    const created = noneCreated();
    let plans: P[] = [];
    return {
      created,
      async check(sql, rows) {
        const checked = await checking.check(sql, rows as DataRow<C>[]);
        plans = checked.plans;
        return checked.issues;
      },
      write: (sql) => write(sql, context, plans, created),
    };
  };
}

export const noneCreated = (): ImportCounts => ({
  groups: 0,
  quarters: 0,
  properties: 0,
  units: 0,
  accounts: 0,
  people: 0,
  links: 0,
});

/** `FOR SHARE`/`FOR UPDATE` in the write pass, nothing while checking. */
export const lockClause = (context: PassContext, strength: 'SHARE' | 'UPDATE', of = '') =>
  context.lock ? `FOR ${strength}${of && ` OF ${of}`}` : '';

/** Empties what a pass has kept of the rows before. */
export const forgetAll = (...kept: Map<unknown, unknown>[]) => {
  for (const map of kept) map.clear();
};

/** Values of a batch, each once, in the order first met. */
export const distinct = <T>(values: Iterable<T>): T[] => [...new Set(values)];

// A lookup reads every match in a fixed order and the first of each key wins: a lock (the
// write pass) then re-reads `active` after waiting, which DISTINCT ON would not allow.
export function firstOf<R>(rows: R[], key: (row: R) => string): Map<string, R> {
  const found = new Map<string, R>();
  for (const row of rows) if (!found.has(key(row))) found.set(key(row), row);
  return found;
}

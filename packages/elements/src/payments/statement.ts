import type { AccountEntry, EntryTitle } from '@atrium/sdk';

/** The contract's titles in its order; a title it adds fails to compile here until placed. */
const titleOrder: Record<EntryTitle, number> = {
  maintenance: 0,
  rent: 1,
  repair_fund: 2,
  heating: 3,
  water: 4,
  waste: 5,
  electricity: 6,
  late_interest: 7,
  payment: 8,
};

// Charges first, then settlements, each in the contract's order of titles.
const byKindAndTitle = (a: StatementLine, b: StatementLine) =>
  a.kind === b.kind ? titleOrder[a.title] - titleOrder[b.title] : a.kind === 'charge' ? -1 : 1;

/** A charge or settlement of the month, summed by what it is for. */
export interface StatementLine {
  kind: 'charge' | 'settlement';
  title: EntryTitle;
  /** As the account sees it: a charge negative, a refund positive. */
  amount: number;
}

/**
 * What makes up a balance (FIN-1): the balance before the month, the month's charges and
 * settlements by title, and its payments. Minor units signed as the account sees them, so
 * `opening + Σ lines + paid = balance` exactly.
 */
export interface Statement {
  month: string;
  opening: number;
  lines: StatementLine[];
  paid: number;
  balance: number;
}

/** The latest month any of `entries` is for (the month being charged now), if any. */
export function latestMonth(entries: readonly AccountEntry[]): string | null {
  return entries.reduce<string | null>(
    (latest, entry) => (latest === null || entry.month > latest ? entry.month : latest),
    null,
  );
}

/** The statement of `month` from every entry booked for it and the balance now. */
export function statementOf(
  balance: number,
  month: string,
  entries: readonly AccountEntry[],
): Statement {
  const lines = new Map<string, StatementLine>();
  let paid = 0;
  let monthTotal = 0;
  for (const entry of entries) {
    if (entry.month !== month) continue;
    monthTotal += entry.amount;
    if (entry.kind === 'payment') {
      paid += entry.amount;
      continue;
    }
    const key = `${entry.kind} ${entry.title}`;
    const line = lines.get(key) ?? { kind: entry.kind, title: entry.title, amount: 0 };
    lines.set(key, { ...line, amount: line.amount + entry.amount });
  }
  const sorted = [...lines.values()].sort(byKindAndTitle);
  return { month, opening: balance - monthTotal, lines: sorted, paid, balance };
}

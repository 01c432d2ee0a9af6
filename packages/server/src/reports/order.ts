import type { components } from '@atrium/sdk';
import { invalidInput } from '../errors/problem.js';

export type Report = components['schemas']['Report'];

/**
 * Where a report stands in a list: month newest first, then agent reports before
 * statements, then unit number and id in byte order (SQL sorts them COLLATE "C" alike).
 */
export interface ReportKey {
  month: string;
  kind: Report['kind'];
  unitNumber: string;
  id: string;
}

export const keyOf = ({ month, kind, unitNumber, id }: Report): ReportKey => ({
  month,
  kind,
  unitNumber,
  id,
});

const byBytes = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function compareKeys(a: ReportKey, b: ReportKey): number {
  return (
    byBytes(b.month, a.month) ||
    byBytes(a.kind, b.kind) ||
    byBytes(a.unitNumber, b.unitNumber) ||
    byBytes(a.id, b.id)
  );
}

// Cursors are opaque to clients: base64url of the last item's key.
export const encodeCursor = (k: ReportKey) =>
  Buffer.from(JSON.stringify([k.month, k.kind, k.unitNumber, k.id])).toString('base64url');

export function decodeCursor(cursor: string | undefined): ReportKey | null {
  if (cursor === undefined) return null;
  try {
    const [month, kind, unitNumber, id] = JSON.parse(
      Buffer.from(cursor, 'base64url').toString(),
    ) as unknown[];
    if (
      typeof month === 'string' &&
      /^\d{4}-(0[1-9]|1[0-2])$/.test(month) &&
      (kind === 'agent_report' || kind === 'statement') &&
      typeof unitNumber === 'string' &&
      typeof id === 'string'
    ) {
      return { month, kind, unitNumber, id };
    }
  } catch {
    // falls through to the refusal
  }
  throw invalidInput([{ field: 'cursor', code: 'invalid_value' }]);
}

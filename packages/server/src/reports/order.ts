import type { components } from '@atrium/sdk';
import { decodePosition, encodePosition } from '../pagination/cursor.js';

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

const isMonth = (month: string) =>
  /^\d{4}-(0[1-9]|1[0-2])$/.test(month) && !month.startsWith('0000');
const isKind = (kind: string) => kind === 'agent_report' || kind === 'statement';
const anyText = () => true;

export const encodeCursor = (k: ReportKey) => encodePosition([k.month, k.kind, k.unitNumber, k.id]);

export function decodeCursor(cursor: string | undefined): ReportKey | null {
  const parts = decodePosition(cursor, [isMonth, isKind, anyText, anyText]);
  if (!parts) return null;
  const [month = '', kind = '', unitNumber = '', id = ''] = parts;
  return { month, kind: kind as ReportKey['kind'], unitNumber, id };
}

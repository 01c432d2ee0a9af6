import { isUuid } from '../contract/uuid.js';
import { invalidInput } from '../errors/problem.js';

// Cursors are opaque to clients: base64url of the parts of a list position, as JSON.

export const encodePosition = (parts: readonly string[]) =>
  Buffer.from(JSON.stringify(parts)).toString('base64url');

/** 400 naming `cursor`: it is no position of this list. */
export const invalidCursor = () => invalidInput([{ field: 'cursor', code: 'invalid_value' }]);

/**
 * The position a client sent back, each part passing its check; anything else is a 400
 * naming `cursor`. No part may hold U+0000, which no database text can.
 */
export function decodePosition(
  cursor: string | undefined,
  checks: readonly ((part: string) => boolean)[],
): string[] | null {
  if (cursor === undefined) return null;
  try {
    const parts = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as unknown;
    if (
      Array.isArray(parts) &&
      parts.length === checks.length &&
      parts.every(
        (part, i) => typeof part === 'string' && !part.includes('\0') && checks[i]?.(part),
      )
    ) {
      return parts as string[];
    }
  } catch {
    // falls through to the refusal
  }
  throw invalidCursor();
}

/** Position in a newest-first list: a timestamp or date with full precision, then an id. */
export interface Cursor {
  at: string;
  id: string;
}

export const encodeCursor = (c: Cursor) => encodePosition([c.at, c.id]);

/** The cursor a client sent back; `shape` says what a genuine position looks like. */
export function decodeCursor(
  cursor: string | undefined,
  shape: (at: string) => boolean,
): Cursor | null {
  const parts = decodePosition(cursor, [shape, isUuid]);
  if (!parts) return null;
  const [at = '', id = ''] = parts;
  return { at, id };
}

/** A page of meters, reports …: the id of the item the next page starts after. */
export const encodeIdCursor = (id: string) => encodePosition([id]);
export const decodeIdCursor = (cursor: string | undefined) =>
  decodePosition(cursor, [isUuid])?.[0] ?? null;

// An instant that really exists round-trips through Date (2026-02-30 does not); PostgreSQL's
// date and timestamptz refuse the year 0000, and every position we write is later.
function isRealInstant(iso: string): boolean {
  const date = new Date(iso);
  return !iso.startsWith('0000') && !Number.isNaN(date.getTime()) && date.toISOString() === iso;
}

/** A timestamp as the database writes it in a cursor (microseconds, UTC), and real. */
export const isCursorTimestamp = (at: string) =>
  /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/.test(at) && isRealInstant(`${at.slice(0, 23)}Z`);

/** A calendar date (YYYY-MM-DD) that really exists. */
export const isCursorDay = (day: string) =>
  /^\d{4}-\d\d-\d\d$/.test(day) && isRealInstant(`${day}T00:00:00.000Z`);

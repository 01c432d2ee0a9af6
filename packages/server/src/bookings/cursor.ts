import { invalidInput } from '../errors/problem.js';

/** Position in a newest-first list: a timestamp or date with full precision, then an id. */
export interface Cursor {
  at: string;
  id: string;
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

// Cursors are opaque to clients: base64url of [position, id].
export const encodeCursor = (c: Cursor) =>
  Buffer.from(JSON.stringify([c.at, c.id])).toString('base64url');

/** The cursor a client sent back; `shape` says what a genuine position looks like. */
export function decodeCursor(
  cursor: string | undefined,
  shape: (at: string) => boolean,
): Cursor | null {
  if (cursor === undefined) return null;
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as unknown[];
    if (typeof at === 'string' && shape(at) && typeof id === 'string' && uuid.test(id)) {
      return { at, id };
    }
  } catch {
    // falls through to the refusal
  }
  throw invalidInput([{ field: 'cursor', code: 'invalid_value' }]);
}

/** A timestamp as the database writes it in a cursor (microseconds, UTC), and real. */
export const isCursorTimestamp = (at: string) =>
  /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/.test(at) &&
  new Date(`${at.slice(0, 23)}Z`).toISOString() === `${at.slice(0, 23)}Z`;

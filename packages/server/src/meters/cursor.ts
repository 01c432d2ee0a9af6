import { invalidInput } from '../errors/problem.js';

// A page of meters ends at a meter; the next page starts after that meter's place in the
// order (src/meters/meter-rows.ts). Opaque to clients: base64url of [meterId].

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const encodeMeterCursor = (meterId: string) =>
  Buffer.from(JSON.stringify([meterId])).toString('base64url');

export function decodeMeterCursor(cursor: string | undefined): string | null {
  if (cursor === undefined) return null;
  try {
    const [meterId] = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as unknown[];
    if (typeof meterId === 'string' && uuid.test(meterId)) return meterId;
  } catch {
    // falls through to the refusal
  }
  throw invalidInput([{ field: 'cursor', code: 'invalid_value' }]);
}

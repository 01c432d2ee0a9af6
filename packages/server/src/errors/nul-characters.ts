import type { FastifyRequest } from 'fastify';
import { invalidInput } from './problem.js';

const join = (path: string, name: string) => (path ? `${path}.${name}` : name);

/** The dot-separated paths of every string (or key) in a parsed value that holds U+0000. */
function nulFields(value: unknown, path = ''): string[] {
  if (typeof value === 'string') return value.includes('\0') ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => nulFields(item, join(path, `${i}`)));
  // a raw upload's Buffers are bytes, not text
  if (typeof value !== 'object' || value === null || ArrayBuffer.isView(value)) return [];
  return Object.entries(value).flatMap(([key, item]) =>
    key.includes('\0') ? [join(path, key)] : nulFields(item, join(path, key)),
  );
}

/**
 * preHandler hook: PostgreSQL text can't hold U+0000, so a request with one anywhere in its
 * path, query or body is a 400 naming the field, once the contract's schema passed it and
 * before the route's own pre-handlers (sign-in, Idempotency-Key) or the route run.
 */
export async function refuseNulCharacters(request: FastifyRequest) {
  const fields = [request.params, request.query, request.body].flatMap((part) => nulFields(part));
  if (fields.length) {
    throw invalidInput(fields.map((field) => ({ field, code: 'invalid_value' as const })));
  }
}

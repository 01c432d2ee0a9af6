/** A JSON object, as the providers' APIs answer. */
export type Json = Record<string, unknown>;

/** A field of an answer that is not as the API gives it, named by its path (`data.payment.id`). */
export class Malformed extends Error {
  constructor(readonly field: string) {
    super(`${field} is not as the API gives it`);
  }
}

export const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const pathOf = (at: string, name: string) => (at ? `${at}.${name}` : name);

/** The object under `name` (at the path `at`), else Malformed. */
export function objectAt(body: Json, name: string, at = ''): Json {
  const value = body[name];
  if (!isObject(value)) throw new Malformed(pathOf(at, name));
  return value;
}

/** The text under `name`, not empty, else Malformed. */
export function textAt(body: Json, name: string, at = ''): string {
  const value = body[name];
  if (typeof value !== 'string' || !value) throw new Malformed(pathOf(at, name));
  return value;
}

/** The whole number under `name`, at least `min`, else Malformed. */
export function wholeAt(body: Json, name: string, at = '', min = 0): number {
  const value = body[name];
  if (!Number.isSafeInteger(value) || (value as number) < min) {
    throw new Malformed(pathOf(at, name));
  }
  return value as number;
}

/** One of the values listed under `name`, else Malformed. */
export function oneOf<T extends string>(
  body: Json,
  name: string,
  values: readonly T[],
  at = '',
): T {
  const found = values.find((v) => v === body[name]);
  if (found === undefined) throw new Malformed(pathOf(at, name));
  return found;
}

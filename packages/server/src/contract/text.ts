import type { FieldIssue } from '../errors/problem.js';

/**
 * A body as stored: every string trimmed, since a name, number or address that differs only
 * by spaces around it is the same one (unit "12 " is unit "12"). Ids, areas and shares have
 * patterns without spaces, so only text changes.
 */
export function trimmed<T extends object>(body: T): T {
  return Object.fromEntries(
    Object.entries(body).map(([field, value]) => [
      field,
      typeof value === 'string' ? value.trim() : value,
    ]),
  ) as T;
}

/**
 * A text of nothing but spaces says nothing: refused as too short, as an empty one is (the
 * contract's `minLength: 1` counts the spaces).
 */
export function blankIssues(body: object): FieldIssue[] {
  return Object.entries(body)
    .filter(([, value]) => typeof value === 'string' && !value.trim())
    .map(([field]) => ({ field, code: 'too_short', params: { limit: 1 } }));
}

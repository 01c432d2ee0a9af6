import type { Sql } from '../db/scope.js';
import type { FieldIssue } from '../errors/problem.js';
import type { Audience } from './types.js';

/**
 * An audience's ids go with their scope (the contract's Audience): `groupId` is required with
 * `group`, `propertyId` with `property`, and either is refused with any other scope.
 */
export function audienceIssues(audience: Audience): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const [scope, key] of [
    ['group', 'groupId'],
    ['property', 'propertyId'],
  ] as const) {
    const field = `audience.${key}`;
    if (audience.scope === scope && !audience[key]) issues.push({ field, code: 'required' });
    if (audience.scope !== scope && audience[key]) issues.push({ field, code: 'invalid_value' });
  }
  return issues;
}

/** A title or body of nothing but spaces says nothing: refused as too short, as empty is. */
export function textIssues(fields: { title?: string; body?: string }): FieldIssue[] {
  return (['title', 'body'] as const)
    .filter((field) => fields[field] !== undefined && !fields[field]?.trim())
    .map((field) => ({ field, code: 'too_short', params: { limit: 1 } }));
}

/** A window's instants as the database holds them (text, to microseconds), and how they lie. */
export interface Window {
  from: string;
  until: string | null;
  /** It ends no later than it starts: refused, naming `visibleUntil`. */
  reversed: boolean;
}

/**
 * The window from `from` (null: now, the transaction's start, so the announcement is already
 * current by the clock its answer is judged by) to `until` (null: no end), compared by the
 * database, which holds the instants to the microsecond.
 */
export async function windowOf(
  sql: Sql,
  q: { from: string | null; until: string | null },
): Promise<Window> {
  const { rows } = await sql.query<Window>(
    `SELECT w.f::text AS from, $2::timestamptz::text AS until,
            coalesce($2::timestamptz <= w.f, false) AS reversed
       FROM (SELECT coalesce($1::timestamptz, now()) AS f) w`,
    [q.from, q.until],
  );
  const [window] = rows;
  if (!window) throw new Error('no window');
  return window;
}

export const windowIssues = (w: Window): FieldIssue[] =>
  w.reversed ? [{ field: 'visibleUntil', code: 'ends_before_start' }] : [];

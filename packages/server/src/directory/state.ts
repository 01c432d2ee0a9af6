import type { UnitsQuery } from '@atrium/sdk';

/** The contract's `state` filter of every directory list: active (the default), inactive, all. */
export type DirectoryState = NonNullable<UnitsQuery['state']>;

/** The SQL condition of a `state` filter on the `active` column of a table alias. */
export function stateCondition(alias: string, state: DirectoryState): string {
  if (state === 'all') return 'true';
  return state === 'active' ? `${alias}.active` : `NOT ${alias}.active`;
}

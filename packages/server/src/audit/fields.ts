import type { AuditEntry } from '@atrium/sdk';

// The contract's open object, which the generated types spell Record<string, never>.
type Fields = NonNullable<AuditEntry['before']>;

/**
 * A logged row with its column names as the contract names fields (`staff_role` →
 * `staffRole`). The triggers log whole rows, secrets already left out; values stay as
 * to_jsonb wrote them.
 */
export const camelKeys = (row: Record<string, unknown>): Fields =>
  Object.fromEntries(
    Object.entries(row).map(([key, value]) => [
      key.replace(/_([a-z0-9])/g, (_, next: string) => next.toUpperCase()),
      value,
    ]),
  ) as Fields;

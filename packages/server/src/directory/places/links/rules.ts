import type { LinkInput } from '@atrium/sdk';
import type { FieldIssue } from '../../../errors/problem.js';

const field = 'ownershipShare';

/** An owner holds a share of the unit (required with `owner`); nobody else does. */
export function shareIssues(input: LinkInput): FieldIssue[] {
  const owner = input.roles.includes('owner');
  const share = input.ownershipShare;
  if (owner && share === undefined) return [{ field, code: 'required' }];
  if (!owner && share !== undefined) return [{ field, code: 'invalid_value' }];
  return [];
}

/** The owners' shares of a unit, the new one counted: more than the whole is refused. */
export interface UnitShares {
  unitNumber: string;
  /** Their sum, exact (1.1, not 1.10000000). */
  shares: string;
  over: boolean;
}

export const wholeIssues = (shares: UnitShares): FieldIssue[] =>
  shares.over
    ? [
        {
          field,
          code: 'unit_shares_exceed_whole',
          params: { unitNumber: shares.unitNumber, shares: shares.shares },
        },
      ]
    : [];

import type { DirectoryAccount } from '@atrium/sdk';
import type { Sql } from '../../../db/scope.js';
import { entryById } from '../reads.js';

const select = 'SELECT x.id, x.unit_id AS "unitId", x.number, x.active FROM accounts x';

/** The fields of an account as a body sends them, by column. */
export const accountColumns = { number: 'number' };

/** The account; 404 if it is not the tenant's. */
export const accountById = (sql: Sql, q: { tenantId: string; id: string }) =>
  entryById<DirectoryAccount>(sql, { ...q, select });

import type { Sql } from '../db/scope.js';
import { unitOrder } from '../directory/units.js';
import { paged, type Page } from '../pagination/page.js';
import type { Account, AccountEntry } from './types.js';

// Accounts go by property, unit number and account number; a page starts after the
// cursor's account ($n). Byte order, so both engines page alike whatever their collation.
const place = (a: string, u: string, p: string) =>
  `${p}.name COLLATE "C", ${unitOrder(`${u}.number COLLATE "C"`)}, ${a}.number COLLATE "C", ${a}.id`;
const afterAccount = (n: number) => `($${n}::uuid IS NULL OR (${place('a', 'u', 'p')}) > (
  SELECT ${place('ca', 'cu', 'cp')} FROM accounts ca
    JOIN units cu ON cu.tenant_id = ca.tenant_id AND cu.id = ca.unit_id
    JOIN properties cp ON cp.tenant_id = cu.tenant_id AND cp.id = cu.property_id
   WHERE ca.tenant_id = $1 AND ca.id = $${n}))`;

// Sums travel as text: bigint is wider than a JS number, though every balance fits one.
const selectAccounts = `
  SELECT a.id, a.number, a.unit_id AS "unitId", u.number AS "unitNumber",
         p.name AS "propertyName", tn.currency,
         (SELECT coalesce(sum(e.amount), 0)::text FROM account_entries e
           WHERE e.tenant_id = a.tenant_id AND e.account_id = a.id) AS balance
    FROM accounts a
    JOIN tenants tn ON tn.id = a.tenant_id
    JOIN units u ON u.tenant_id = a.tenant_id AND u.id = a.unit_id
    JOIN properties p ON p.tenant_id = u.tenant_id AND p.id = u.property_id`;

type AccountRow = Omit<Account, 'balance'> & { balance: string };
const accountOf = (row: AccountRow): Account => ({ ...row, balance: Number(row.balance) });

/**
 * A page of accounts with their balances, of the given units or (null) of the whole
 * tenant, narrowed to one unit by the filter; the next page starts after the named account.
 */
export async function listAccounts(
  sql: Sql,
  q: {
    tenantId: string;
    unitIds: string[] | null;
    unitId?: string;
    after: string | null;
    limit: number;
  },
): Promise<Page<Account, string>> {
  const { rows } = await sql.query<AccountRow>(
    `${selectAccounts}
      WHERE a.tenant_id = $1 AND ($2::uuid[] IS NULL OR a.unit_id = ANY($2::uuid[]))
        AND ($3::uuid IS NULL OR a.unit_id = $3) AND ${afterAccount(4)}
      ORDER BY ${place('a', 'u', 'p')}
      LIMIT $5`,
    [q.tenantId, q.unitIds, q.unitId ?? null, q.after, q.limit + 1],
  );
  return paged(rows, q.limit, accountOf, (row) => row.id);
}

/** Whether the account is the tenant's and on one of the units (null: any unit). */
export async function accountVisible(
  sql: Sql,
  q: { tenantId: string; accountId: string; unitIds: string[] | null },
): Promise<boolean> {
  const { rowCount } = await sql.query(
    `SELECT 1 FROM accounts
      WHERE tenant_id = $1 AND id = $2 AND ($3::uuid[] IS NULL OR unit_id = ANY($3::uuid[]))`,
    [q.tenantId, q.accountId, q.unitIds],
  );
  return rowCount === 1;
}

/** Position in an account's history: when an entry was booked (microseconds), then its seq. */
export interface EntryCursor {
  at: string;
  seq: string;
}

type EntryRow = Omit<AccountEntry, 'amount' | 'bookedAt'> & {
  amount: string;
  bookedAt: Date;
  at: string;
  seq: string;
};

const entryOf = (row: EntryRow): AccountEntry => ({
  id: row.id,
  kind: row.kind,
  title: row.title,
  month: row.month,
  amount: Number(row.amount),
  description: row.description,
  bookedAt: row.bookedAt.toISOString(),
});

/** A page of an account's entries, newest first, for the months from..to (YYYY-MM, inclusive). */
export async function listEntries(
  sql: Sql,
  q: {
    tenantId: string;
    accountId: string;
    from?: string;
    to?: string;
    after: EntryCursor | null;
    limit: number;
  },
): Promise<Page<AccountEntry, EntryCursor>> {
  const { rows } = await sql.query<EntryRow>(
    `SELECT id, kind, title, to_char(month, 'YYYY-MM') AS month, amount::text AS amount,
            description, booked_at AS "bookedAt", seq::text AS seq,
            to_char(booked_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS at
       FROM account_entries
      WHERE tenant_id = $1 AND account_id = $2
        AND ($3::date IS NULL OR month >= $3::date) AND ($4::date IS NULL OR month <= $4::date)
        AND ($5::timestamptz IS NULL OR (booked_at, seq) < ($5::timestamptz, $6::bigint))
      ORDER BY booked_at DESC, seq DESC
      LIMIT $7`,
    [
      q.tenantId,
      q.accountId,
      q.from ? `${q.from}-01` : null,
      q.to ? `${q.to}-01` : null,
      q.after?.at ?? null,
      q.after?.seq ?? null,
      q.limit + 1,
    ],
  );
  return paged(rows, q.limit, entryOf, (row) => ({ at: row.at, seq: row.seq }));
}

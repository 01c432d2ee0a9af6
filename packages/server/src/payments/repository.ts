import type { Sql } from '../db/scope.js';
import { unitOrder } from '../directory/units.js';
import type { Cursor } from '../pagination/cursor.js';
import { paged, type Page } from '../pagination/page.js';
import { entryMethod, joinEntryPayment } from './entry-method.js';
import type { Account, AccountEntry } from './types.js';

// Accounts go by property, unit number and account number, then id, in byte order so both
// engines page alike whatever their collation; a page starts after the cursor's key, which
// holds these values themselves, so a stale or another list's cursor still pages by them.
const place = (a: string, u: string, p: string) =>
  `${p}.name COLLATE "C", ${unitOrder(`${u}.number COLLATE "C"`)}, ${a}.number COLLATE "C", ${a}.id`;
const afterAccount = (n: number) => `($${n}::text IS NULL OR (${place('a', 'u', 'p')}) > (
  $${n}::text COLLATE "C", ${unitOrder(`$${n + 1}::text COLLATE "C"`)},
  $${n + 2}::text COLLATE "C", $${n + 3}::uuid))`;

/** Where an account stands in the list: the values it is sorted by. */
export interface AccountKey {
  propertyName: string;
  unitNumber: string;
  number: string;
  id: string;
}

// The balance the entries' trigger keeps (050), as text: bigint is wider than a JS number,
// though the Money bound the column holds it to fits one exactly.
const selectAccounts = `
  SELECT a.id, a.number, a.unit_id AS "unitId", u.number AS "unitNumber",
         p.name AS "propertyName", tn.currency, a.balance::text AS balance
    FROM accounts a
    JOIN tenants tn ON tn.id = a.tenant_id
    JOIN units u ON u.tenant_id = a.tenant_id AND u.id = a.unit_id
    JOIN properties p ON p.tenant_id = u.tenant_id AND p.id = u.property_id`;

type AccountRow = Omit<Account, 'balance'> & { balance: string };
const accountOf = (row: AccountRow): Account => ({ ...row, balance: Number(row.balance) });

/**
 * A page of accounts with their balances, of the given units or (null) of the whole
 * tenant, narrowed to one unit by the filter; the next page starts after the key.
 */
export async function listAccounts(
  sql: Sql,
  q: {
    tenantId: string;
    unitIds: string[] | null;
    unitId?: string;
    after: AccountKey | null;
    limit: number;
  },
): Promise<Page<Account, AccountKey>> {
  const { rows } = await sql.query<AccountRow>(
    `${selectAccounts}
      WHERE a.tenant_id = $1 AND ($2::uuid[] IS NULL OR a.unit_id = ANY($2::uuid[]))
        AND ($3::uuid IS NULL OR a.unit_id = $3) AND ${afterAccount(4)}
      ORDER BY ${place('a', 'u', 'p')}
      LIMIT $8`,
    [
      q.tenantId,
      q.unitIds,
      q.unitId ?? null,
      q.after?.propertyName ?? null,
      q.after?.unitNumber ?? null,
      q.after?.number ?? null,
      q.after?.id ?? null,
      q.limit + 1,
    ],
  );
  return paged(rows, q.limit, accountOf, ({ propertyName, unitNumber, number, id }) => ({
    propertyName,
    unitNumber,
    number,
    id,
  }));
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

type EntryRow = Omit<AccountEntry, 'amount' | 'bookedAt'> & {
  amount: string;
  bookedAt: Date;
  at: string;
};

const entryOf = (row: EntryRow): AccountEntry => ({
  id: row.id,
  kind: row.kind,
  title: row.title,
  month: row.month,
  amount: Number(row.amount),
  description: row.description,
  method: row.method,
  bookedAt: row.bookedAt.toISOString(),
});

/**
 * A page of an account's entries, newest booked first (then by id, so entries booked at one
 * instant keep their order from page to page), for the months from..to (YYYY-MM, inclusive). */
export async function listEntries(
  sql: Sql,
  q: {
    tenantId: string;
    accountId: string;
    from?: string;
    to?: string;
    after: Cursor | null;
    limit: number;
  },
): Promise<Page<AccountEntry, Cursor>> {
  const { rows } = await sql.query<EntryRow>(
    `SELECT e.id, e.kind, e.title, to_char(e.month, 'YYYY-MM') AS month,
            e.amount::text AS amount, e.description,
            ${entryMethod} AS method,
            e.booked_at AS "bookedAt",
            to_char(e.booked_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS at
       FROM account_entries e
       ${joinEntryPayment}
      WHERE e.tenant_id = $1 AND e.account_id = $2
        AND ($3::date IS NULL OR e.month >= $3::date) AND ($4::date IS NULL OR e.month <= $4::date)
        AND ($5::timestamptz IS NULL OR (e.booked_at, e.id) < ($5::timestamptz, $6::uuid))
      ORDER BY e.booked_at DESC, e.id DESC
      LIMIT $7`,
    [
      q.tenantId,
      q.accountId,
      q.from ? `${q.from}-01` : null,
      q.to ? `${q.to}-01` : null,
      q.after?.at ?? null,
      q.after?.id ?? null,
      q.limit + 1,
    ],
  );
  return paged(rows, q.limit, entryOf, (row) => ({ at: row.at, id: row.id }));
}

import { one, type Sql } from '../db/scope.js';

/** Whether the account is the tenant's and on one of the units (null: any unit). */
const seen = `tenant_id = $1 AND id = $2 AND ($3::uuid[] IS NULL OR unit_id = ANY($3::uuid[]))`;

/** The money owed on the account (0 when its balance is not negative), or null if not seen. */
export async function debtOf(
  sql: Sql,
  q: { tenantId: string; accountId: string; unitIds: string[] | null },
): Promise<number | null> {
  const { rows } = await sql.query<{ debt: string }>(
    `SELECT greatest(-balance, 0)::text AS debt FROM accounts WHERE ${seen}`,
    [q.tenantId, q.accountId, q.unitIds],
  );
  const [row] = rows;
  return row ? Number(row.debt) : null;
}

/**
 * The debt, with the account's row locked to the end of the transaction: points payments of
 * one account are checked against its debt one at a time, each seeing those before it.
 */
export async function lockedDebt(sql: Sql, q: { tenantId: string; accountId: string }) {
  const row = one(
    await sql.query<{ debt: string }>(
      `SELECT greatest(-balance, 0)::text AS debt FROM accounts
        WHERE tenant_id = $1 AND id = $2 FOR UPDATE`,
      [q.tenantId, q.accountId],
    ),
  );
  return Number(row.debt);
}

/**
 * What the account's pending points payments will pay (FIN-6 counts them as paid). Read in a
 * statement of its own after the lock, so it sees every payment committed before the lock.
 */
export async function pendingPoints(
  sql: Sql,
  q: { tenantId: string; accountId: string },
): Promise<number> {
  const row = one(
    await sql.query<{ pending: string }>(
      `SELECT coalesce(sum(amount), 0)::text AS pending FROM payments
        WHERE tenant_id = $1 AND account_id = $2 AND method = 'points' AND status = 'pending'`,
      [q.tenantId, q.accountId],
    ),
  );
  return Number(row.pending);
}

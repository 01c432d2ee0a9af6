import type { Sql } from '../db/scope.js';
import type { PaymentFailure } from './types.js';

/**
 * Marks a payment succeeded and books it on its account, in the caller's transaction: the
 * entry's (source, reference) is unique (050), so however many notices, reads and jobs settle
 * one payment at once, it is booked once. A success wins over an earlier failure or
 * cancellation, since the money did move. True when this call booked it.
 */
export async function settleSucceeded(
  sql: Sql,
  q: { tenantId: string; paymentId: string; providerRef?: string },
): Promise<boolean> {
  const { rows } = await sql.query<{ month: string }>(
    `UPDATE payments p
        SET status = 'succeeded', failure = NULL, completed_at = clock_timestamp(),
            provider_ref = coalesce($3, provider_ref), redirect_url = NULL
       FROM tenants t
      WHERE p.tenant_id = $1 AND p.id = $2 AND p.status <> 'succeeded' AND t.id = p.tenant_id
      RETURNING to_char(clock_timestamp() AT TIME ZONE t.time_zone, 'YYYY-MM-01') AS month`,
    [q.tenantId, q.paymentId, q.providerRef ?? null],
  );
  const [row] = rows;
  if (!row) return false;
  // A payment is for the month it was made in, in the tenant's time zone.
  await sql.query(
    `INSERT INTO account_entries (tenant_id, account_id, kind, title, month, amount, source,
                                  reference)
     SELECT tenant_id, account_id, 'payment', 'payment', $3::date, amount, 'payment', id::text
       FROM payments WHERE tenant_id = $1 AND id = $2`,
    [q.tenantId, q.paymentId, row.month],
  );
  return true;
}

/** Marks a pending payment failed or cancelled; nothing is booked. True when it was pending. */
export async function settleFailed(
  sql: Sql,
  q: { tenantId: string; paymentId: string; failure: PaymentFailure },
): Promise<boolean> {
  const status = q.failure === 'cancelled' ? 'cancelled' : 'failed';
  const { rowCount } = await sql.query(
    `UPDATE payments SET status = $3, failure = $4, completed_at = clock_timestamp(),
                         redirect_url = NULL
      WHERE tenant_id = $1 AND id = $2 AND status = 'pending'`,
    [q.tenantId, q.paymentId, status, q.failure],
  );
  return rowCount === 1;
}

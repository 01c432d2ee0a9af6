import type { Sql } from '../../db/scope.js';
import type { PaymentStatus } from '../types.js';

/** An online payment as asked for: who, on which account, how much, back to where. */
export interface OnlineAsk {
  tenantId: string;
  personId: string;
  accountId: string;
  paymentTypeId: string;
  amount: number;
  returnUrl: string;
  /** The request's Idempotency-Key, kept as the payment's request_key. */
  key: string;
}

/** What the provider is told of a payment, and how far it has come. */
export interface OnlinePayment {
  id: string;
  accountNumber: string;
  amount: number;
  returnUrl: string;
  status: PaymentStatus;
  providerRef: string | null;
}

const selectOnline = `
  SELECT p.id, a.number AS "accountNumber", p.amount::text AS amount, p.return_url AS "returnUrl",
         p.status, p.provider_ref AS "providerRef"
    FROM payments p JOIN accounts a ON a.tenant_id = p.tenant_id AND a.id = p.account_id`;

type Row = Omit<OnlinePayment, 'amount'> & { amount: string };
const onlineOf = (row: Row): OnlinePayment => ({ ...row, amount: Number(row.amount) });

/** The online payment of the provider with the id, if the tenant has one. */
export async function findOnlinePayment(
  sql: Sql,
  q: { tenantId: string; paymentId: string; provider: string },
): Promise<OnlinePayment | null> {
  const { rows } = await sql.query<Row>(
    `${selectOnline}
      WHERE p.tenant_id = $1 AND p.id = $2 AND p.method = 'online' AND p.provider = $3`,
    [q.tenantId, q.paymentId, q.provider],
  );
  const [row] = rows;
  return row ? onlineOf(row) : null;
}

/**
 * The id of the payment made under the key, when it is the same ask; 'other' when the key
 * made a different payment (or one with points); null when it made none.
 */
export async function paymentUnderKey(sql: Sql, ask: OnlineAsk): Promise<string | 'other' | null> {
  const { rows } = await sql.query<{ id: string; same: boolean }>(
    `SELECT id, method = 'online' AND account_id = $3 AND payment_type_id = $4 AND amount = $5
                AND return_url = $6 AND created_by = $7 AS same
       FROM payments WHERE tenant_id = $1 AND request_key = $2`,
    [
      ask.tenantId,
      ask.key,
      ask.accountId,
      ask.paymentTypeId,
      ask.amount,
      ask.returnUrl,
      ask.personId,
    ],
  );
  const [row] = rows;
  return row ? (row.same ? row.id : 'other') : null;
}

/** A pending online payment; null when a concurrent request took the key first. */
export async function insertOnlinePayment(
  sql: Sql,
  ask: OnlineAsk & { provider: string },
): Promise<string | null> {
  const { rows } = await sql.query<{ id: string }>(
    `INSERT INTO payments (tenant_id, account_id, payment_type_id, method, amount, provider,
                           return_url, request_key, created_by)
     VALUES ($1, $2, $3, 'online', $4, $5, $6, $7, $8)
     ON CONFLICT ON CONSTRAINT payments_request_once DO NOTHING
     RETURNING id`,
    [
      ask.tenantId,
      ask.accountId,
      ask.paymentTypeId,
      ask.amount,
      ask.provider,
      ask.returnUrl,
      ask.key,
      ask.personId,
    ],
  );
  return rows[0]?.id ?? null;
}

/** Keeps the provider's id and page of a payment still pending. */
export async function setProviderPayment(
  sql: Sql,
  q: { tenantId: string; paymentId: string; ref: string; redirectUrl: string },
) {
  await sql.query(
    `UPDATE payments SET provider_ref = $3, redirect_url = $4
      WHERE tenant_id = $1 AND id = $2 AND status = 'pending' AND provider_ref IS NULL`,
    [q.tenantId, q.paymentId, q.ref, q.redirectUrl],
  );
}

/** Whether the viewer may see the payment: its account is on one of the units (null: any). */
export async function paymentSeen(
  sql: Sql,
  q: { tenantId: string; paymentId: string; unitIds: string[] | null },
): Promise<boolean> {
  const { rowCount } = await sql.query(
    `SELECT 1 FROM payments p
       JOIN accounts a ON a.tenant_id = p.tenant_id AND a.id = p.account_id
      WHERE p.tenant_id = $1 AND p.id = $2
        AND ($3::uuid[] IS NULL OR a.unit_id = ANY($3::uuid[]))`,
    [q.tenantId, q.paymentId, q.unitIds],
  );
  return rowCount === 1;
}

/** Notes that the provider was asked after the payment now: the reconciliation leaves it a while. */
export async function markChecked(sql: Sql, q: { tenantId: string; paymentId: string }) {
  await sql.query(
    'UPDATE payments SET checked_at = clock_timestamp() WHERE tenant_id = $1 AND id = $2',
    [q.tenantId, q.paymentId],
  );
}

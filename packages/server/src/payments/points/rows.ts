import type { Sql } from '../../db/scope.js';
import type { PaymentFailure, PaymentStatus } from '../types.js';

/** A points payment as asked for: who, on which account, with which card and how many points. */
export interface PointsAsk {
  tenantId: string;
  personId: string;
  accountId: string;
  paymentTypeId: string;
  cardNumber: string;
  points: number;
  /** The request's Idempotency-Key, kept as the payment's request_key. */
  key: string;
}

/** The payment a key already made, with what it was asked for. */
export interface KeyedPayment {
  id: string;
  accountId: string;
  paymentTypeId: string;
  method: string;
  points: number | null;
  cardLast4: string | null;
  createdBy: string;
  status: PaymentStatus;
  failure: PaymentFailure | null;
}

/** The payment made under the key, if any (payments.request_key is unique per tenant). */
export async function paymentUnderKey(
  sql: Sql,
  q: { tenantId: string; key: string },
): Promise<KeyedPayment | null> {
  const { rows } = await sql.query<Omit<KeyedPayment, 'points'> & { points: string | null }>(
    `SELECT id, account_id AS "accountId", payment_type_id AS "paymentTypeId", method,
            points::text AS points, card_last4 AS "cardLast4", created_by AS "createdBy",
            status, failure
       FROM payments WHERE tenant_id = $1 AND request_key = $2`,
    [q.tenantId, q.key],
  );
  const [row] = rows;
  return row ? { ...row, points: row.points === null ? null : Number(row.points) } : null;
}

/** Notes that the provider is asked after the payment now: reconciliation leaves it a while. */
export async function markAsked(sql: Sql, q: { tenantId: string; paymentId: string }) {
  await sql.query(
    'UPDATE payments SET checked_at = clock_timestamp() WHERE tenant_id = $1 AND id = $2',
    [q.tenantId, q.paymentId],
  );
}

/** A pending points payment; null when a concurrent request took the key first. */
export async function insertPointsPayment(
  sql: Sql,
  q: PointsAsk & { amount: number; provider: string; cardLast4: string },
): Promise<string | null> {
  const { rows } = await sql.query<{ id: string }>(
    `INSERT INTO payments (tenant_id, account_id, payment_type_id, method, amount, points,
                           card_last4, provider, request_key, created_by)
     VALUES ($1, $2, $3, 'points', $4, $5, $6, $7, $8, $9)
     ON CONFLICT ON CONSTRAINT payments_request_once DO NOTHING
     RETURNING id`,
    [
      q.tenantId,
      q.accountId,
      q.paymentTypeId,
      q.amount,
      q.points,
      q.cardLast4,
      q.provider,
      q.key,
      q.personId,
    ],
  );
  return rows[0]?.id ?? null;
}

import type { Sql } from '../../db/scope.js';

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

/** A pending points payment; null when a request with the same key made its payment first. */
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

import type { Sql } from '../db/scope.js';
import { keyReused } from './refusals.js';
import type { PaymentFailure, PaymentMethod, PaymentStatus } from './types.js';

/**
 * The payment an Idempotency-Key made (payments.request_key), with what it was asked for: a
 * retry of the request resumes it, and must ask the same.
 */
export interface KeyedPayment {
  id: string;
  method: PaymentMethod;
  accountId: string;
  paymentTypeId: string;
  amount: number;
  returnUrl: string | null;
  points: number | null;
  cardLast4: string | null;
  /** The loyalty program of a points payment's type. */
  program: string | null;
  createdBy: string;
  status: PaymentStatus;
  failure: PaymentFailure | null;
}

type Row = Omit<KeyedPayment, 'amount' | 'points'> & { amount: string; points: string | null };

/**
 * The payment made under the key, if any; 422 idempotency_key_reused when it was made for
 * another request than `same` takes it for.
 */
export async function paymentUnderKey(
  sql: Sql,
  q: { tenantId: string; key: string },
  same: (made: KeyedPayment) => boolean,
): Promise<KeyedPayment | null> {
  const { rows } = await sql.query<Row>(
    `SELECT p.id, p.method, p.account_id AS "accountId", p.payment_type_id AS "paymentTypeId",
            p.amount::text AS amount, p.return_url AS "returnUrl", p.points::text AS points,
            p.card_last4 AS "cardLast4", t.loyalty_program AS program,
            p.created_by AS "createdBy", p.status, p.failure
       FROM payments p
       JOIN payment_types t ON t.tenant_id = p.tenant_id AND t.id = p.payment_type_id
      WHERE p.tenant_id = $1 AND p.request_key = $2`,
    [q.tenantId, q.key],
  );
  const [row] = rows;
  if (!row) return null;
  const made = {
    ...row,
    amount: Number(row.amount),
    points: row.points === null ? null : Number(row.points),
  };
  if (!same(made)) throw keyReused();
  return made;
}

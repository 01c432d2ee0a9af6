import type { Sql } from '../db/scope.js';
import type { Payment } from './types.js';

// bigint columns as text: the contract's bounds keep them within a JS number.
const selectPayments = `
  SELECT p.id, p.account_id AS "accountId", p.payment_type_id AS "paymentTypeId", p.method,
         p.amount::text AS amount, t.currency, p.points::text AS points, p.status, p.failure,
         p.redirect_url AS "redirectUrl", p.created_at AS "createdAt",
         p.completed_at AS "completedAt"
    FROM payments p JOIN tenants t ON t.id = p.tenant_id`;

type PaymentRow = Omit<Payment, 'amount' | 'points' | 'createdAt' | 'completedAt'> & {
  amount: string;
  points: string | null;
  createdAt: Date;
  completedAt: Date | null;
};

const paymentOf = (row: PaymentRow): Payment => ({
  ...row,
  amount: Number(row.amount),
  points: row.points === null ? null : Number(row.points),
  createdAt: row.createdAt.toISOString(),
  completedAt: row.completedAt?.toISOString() ?? null,
});

/** The payment as the contract shows it, or null when the tenant has none with the id. */
export async function findPayment(
  sql: Sql,
  q: { tenantId: string; paymentId: string },
): Promise<Payment | null> {
  const { rows } = await sql.query<PaymentRow>(
    `${selectPayments} WHERE p.tenant_id = $1 AND p.id = $2`,
    [q.tenantId, q.paymentId],
  );
  const [row] = rows;
  return row ? paymentOf(row) : null;
}

/** A payment this request recorded (or resumed), as the contract shows it now. */
export async function paymentNow(
  sql: Sql,
  q: { tenantId: string; paymentId: string },
): Promise<Payment> {
  const payment = await findPayment(sql, q);
  if (!payment) throw new Error(`payment ${q.paymentId} vanished`);
  return payment;
}

/**
 * Notes that the provider was asked after the payment now and answered (or that a request is
 * at it): the reconciliation leaves it a while, and a run of failed checks is over.
 */
export async function markChecked(sql: Sql, q: { tenantId: string; paymentId: string }) {
  await sql.query(
    `UPDATE payments SET checked_at = clock_timestamp(), check_failures = 0
      WHERE tenant_id = $1 AND id = $2`,
    [q.tenantId, q.paymentId],
  );
}

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
  /** What the provider has of it that is not ours, once it said so. */
  mismatch: string | null;
}

const selectOnline = `
  SELECT p.id, a.number AS "accountNumber", p.amount::text AS amount, p.return_url AS "returnUrl",
         p.status, p.provider_ref AS "providerRef", p.mismatch
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

/** A pending online payment; null when a request with the same key made its payment first. */
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

/** Notes what the provider has of a payment that is not ours; true the first time. */
export async function recordMismatch(
  sql: Sql,
  q: { tenantId: string; paymentId: string; mismatch: string },
): Promise<boolean> {
  const { rowCount } = await sql.query(
    `UPDATE payments SET mismatch = $3
      WHERE tenant_id = $1 AND id = $2 AND mismatch IS NULL`,
    [q.tenantId, q.paymentId, q.mismatch],
  );
  return rowCount === 1;
}

import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';
import type { Sql } from '../db/scope.js';

/** A code works for 10 minutes and 5 tries; the fifth wrong try voids it. */
export const codeSeconds = 10 * 60;
const codeTries = 5;

interface CodeOf {
  /** The server's key: a stored hash is no use to whoever reads the table. */
  secret: string;
  tenantId: string;
  phone: string;
}

/** Six digits from the system's secure random source. */
export const newCode = () => String(randomInt(0, 1_000_000)).padStart(6, '0');

// Bound to the tenant and the phone, so a code proves one phone to one tenant only.
const hashOf = (q: CodeOf, code: string) =>
  createHmac('sha256', q.secret)
    .update(`registration-code\0${q.tenantId}\0${q.phone}\0${code}`)
    .digest();

/** Keeps the phone's new code (its hash only), which voids any earlier one. */
export async function storeCode(sql: Sql, q: CodeOf & { code: string }): Promise<void> {
  await sql.query(
    `INSERT INTO registration_codes (tenant_id, phone, code_hash, expires_at)
     VALUES ($1, $2, $3, now() + make_interval(secs => $4))
     ON CONFLICT (tenant_id, phone) DO UPDATE
       SET code_hash = excluded.code_hash, expires_at = excluded.expires_at,
           wrong_tries = 0, ended_at = NULL`,
    [q.tenantId, q.phone, hashOf(q, q.code), codeSeconds],
  );
}

/**
 * Whether the code is the phone's live one; if so it is spent. A wrong code counts a try, and
 * the fifth ends the code. The row is locked, so two tries of one code are judged one by one.
 */
export async function spendCode(sql: Sql, q: CodeOf & { code: string }): Promise<boolean> {
  const { rows } = await sql.query<{ code_hash: Uint8Array }>(
    `SELECT code_hash FROM registration_codes
      WHERE tenant_id = $1 AND phone = $2 AND ended_at IS NULL AND expires_at > now()
        FOR UPDATE`,
    [q.tenantId, q.phone],
  );
  const [live] = rows;
  if (!live) return false;
  const right = timingSafeEqual(live.code_hash, hashOf(q, q.code));
  await sql.query(
    `UPDATE registration_codes
        SET wrong_tries = wrong_tries + CASE WHEN $3::boolean THEN 0 ELSE 1 END,
            ended_at = CASE WHEN $3::boolean OR wrong_tries + 1 >= $4 THEN now() END
      WHERE tenant_id = $1 AND phone = $2`,
    [q.tenantId, q.phone, right, codeTries],
  );
  return right;
}

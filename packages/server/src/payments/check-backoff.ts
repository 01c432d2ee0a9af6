import type { Sql } from '../db/scope.js';

/** The longest a pending payment waits for its next check, however many failed. */
const longestWaitSeconds = 3600;
/** Past this many failures the wait is at its longest anyway; 2 ^ n stays a small number. */
const doublings = 16;

/**
 * SQL for the wait after a pending payment's last check (`checked_at`): `baseSeconds` (a SQL
 * value), doubled by each check in a row that failed (`check_failures`, of the table `alias`),
 * at most an hour. A provider that is down is asked less and less often, and within the hour
 * once it is back.
 */
export const checkWait = (baseSeconds: string, alias = '') =>
  `make_interval(secs => least(${longestWaitSeconds},
     ${baseSeconds} * 2 ^ least(${alias}check_failures, ${doublings})))`;

/** Notes a check of the payment at its provider that failed: the next one waits twice as long. */
export async function markCheckFailed(sql: Sql, q: { tenantId: string; paymentId: string }) {
  await sql.query(
    `UPDATE payments SET checked_at = clock_timestamp(), check_failures = check_failures + 1
      WHERE tenant_id = $1 AND id = $2`,
    [q.tenantId, q.paymentId],
  );
}

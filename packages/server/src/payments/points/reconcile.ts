import type { Scopes } from '../../db/scope.js';
import type { Log } from '../log.js';
import { checkWait, markCheckFailed } from '../check-backoff.js';
import { ProviderUnavailable, type LoyaltyProvider } from '../providers/types.js';
import { settleFailed, settleSucceeded } from '../settle.js';

/**
 * A points payment is settled here only once nobody else can be at it: its request has long
 * given up on the provider (a call times out in seconds) and a debit asked for is made. After
 * a check that failed, twice as long as the last wait.
 */
const leftForSeconds = 60;

interface Due {
  tenantId: string;
  paymentId: string;
  points: string;
}

/**
 * Settles the points payments left pending by a crash or a failure between the debit and the
 * booking (FIN-6): a debit made under the payment's id is booked (the provider_ref is the
 * debit's); with none, the program never took the points (or gave them back), so the payment
 * fails as `declined`, the provider's refusal. The number of payments settled. Safe on any
 * number of nodes at once: settling a payment twice changes nothing the second time.
 */
export async function reconcilePointsPayments(
  db: Scopes,
  loyalty: LoyaltyProvider,
  log: Log,
  stopped: () => boolean = () => false,
): Promise<number> {
  const due = await db.withSystem(async (sql) => {
    const { rows } = await sql.query<Due>(
      `SELECT tenant_id AS "tenantId", id AS "paymentId", points::text AS points FROM payments
        WHERE status = 'pending' AND method = 'points' AND provider = $1
          AND coalesce(checked_at, created_at) < clock_timestamp() - ${checkWait('$2')}
        ORDER BY created_at, id`,
      [loyalty.name, leftForSeconds],
    );
    return rows;
  });
  let settled = 0;
  for (const { tenantId, paymentId, points } of due) {
    if (stopped()) break;
    try {
      const debit = await loyalty.findDebit(paymentId);
      if (debit && debit.points !== Number(points)) {
        log.error({ paymentId, debit }, 'a debit under a points payment’s id is of other points');
        continue;
      }
      const done = await db.withTenant(tenantId, (sql) =>
        debit
          ? settleSucceeded(sql, { tenantId, paymentId, providerRef: debit.ref })
          : settleFailed(sql, { tenantId, paymentId, failure: 'declined' }),
      );
      if (done) settled++;
    } catch (err) {
      log.error({ err, paymentId }, 'reconciling a points payment failed');
      await db.withTenant(tenantId, (sql) => markCheckFailed(sql, { tenantId, paymentId }));
      // the program unreachable or failing: the others wait for the next pass too; anything
      // else is this payment's, and the pass goes on
      if (err instanceof ProviderUnavailable) break;
    }
  }
  return settled;
}

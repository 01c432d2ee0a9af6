import type { Scopes } from '../../db/scope.js';
import type { Log } from '../log.js';
import { checkWait, markCheckFailed } from '../check-backoff.js';
import { ProviderUnavailable, type PaymentProvider } from '../providers/types.js';
import { settleFailed } from '../settle.js';
import { refreshFromProvider } from './refresh.js';
import type { OnlinePayment } from './rows.js';

/** Left to the provider's notice and the person's return this long before we ask. */
const quietSeconds = 60;
/** Then asked again at most this often; twice as long after each check in a row that failed. */
const recheckSeconds = 300;
/** Never opened at the provider (its create failed) this long: nobody is still at it. */
const unopenedSeconds = 600;
/** Still unpaid at the provider this long: expired, as a hosted page is. */
const unpaidSeconds = 24 * 3600;

interface Due extends OnlinePayment {
  tenantId: string;
  currency: string;
  overdue: boolean;
}

/**
 * The provider's pending online payments due to be asked after, of every tenant, oldest
 * first; never one whose provider had another payment than ours (a person looks at it).
 */
async function duePayments(db: Scopes, provider: string): Promise<Due[]> {
  return db.withSystem(async (sql) => {
    const { rows } = await sql.query<Omit<Due, 'amount'> & { amount: string }>(
      `SELECT p.tenant_id AS "tenantId", t.currency, p.id, a.number AS "accountNumber",
              p.amount::text AS amount, p.return_url AS "returnUrl", p.status,
              p.provider_ref AS "providerRef", p.mismatch,
              p.created_at < clock_timestamp() - make_interval(secs => $5) AS overdue
         FROM payments p
         JOIN tenants t ON t.id = p.tenant_id
         JOIN accounts a ON a.tenant_id = p.tenant_id AND a.id = p.account_id
        WHERE p.status = 'pending' AND p.method = 'online' AND p.provider = $1
          AND p.mismatch IS NULL
          AND p.created_at < clock_timestamp() - make_interval(secs => $2)
          AND (p.provider_ref IS NOT NULL
               OR p.created_at < clock_timestamp() - make_interval(secs => $4))
          AND (p.checked_at IS NULL
               OR p.checked_at < clock_timestamp() - ${checkWait('$3', 'p.')})
        ORDER BY p.created_at, p.id`,
      [provider, quietSeconds, recheckSeconds, unopenedSeconds, unpaidSeconds],
    );
    return rows.map((row) => ({ ...row, amount: Number(row.amount) }));
  });
}

/**
 * Settles the online payments left pending (FIN-2): one the provider has an outcome for is
 * settled so (its notice was lost); one it no longer knows, one still unpaid after a day, or
 * one never opened at the provider, fails as `expired`. The number settled. Safe on any number
 * of nodes at once: settling a payment twice changes nothing the second time, and a success the
 * provider reports later still books (settleSucceeded wins over a failure).
 */
export async function reconcileOnlinePayments(
  db: Scopes,
  provider: PaymentProvider,
  log: Log,
  stopped: () => boolean = () => false,
): Promise<number> {
  let settled = 0;
  for (const due of await duePayments(db, provider.name)) {
    if (stopped()) break;
    const { tenantId, id: paymentId } = due;
    const expire = () =>
      db.withTenant(tenantId, (sql) =>
        settleFailed(sql, { tenantId, paymentId, failure: 'expired' }),
      );
    try {
      if (due.providerRef === null) {
        if (await expire()) settled++;
        continue;
      }
      const payment = { ...due, providerRef: due.providerRef };
      const applied = await refreshFromProvider(
        { db, provider, log },
        { tenantId, currency: due.currency, payment },
      );
      if (applied === 'settled') settled++;
      else if (applied === 'unchanged' && due.overdue && (await expire())) settled++;
    } catch (err) {
      log.error({ err, paymentId }, 'reconciling an online payment failed');
      // asked again after a wait that doubles with each failure, not at every pass
      await db.withTenant(tenantId, (sql) => markCheckFailed(sql, { tenantId, paymentId }));
      // the provider unreachable or failing: the others wait for the next pass too; anything
      // else (a refusal, an answer of another shape) is this payment's, and the pass goes on
      if (err instanceof ProviderUnavailable) break;
    }
  }
  return settled;
}

import type { FastifyBaseLogger } from 'fastify';
import type { Scopes } from '../db/scope.js';
import { periodic } from '../jobs/periodic.js';
import { refreshFromProvider } from './online/refresh.js';
import { markChecked, type OnlinePayment } from './online/rows.js';
import { reconcilePointsPayments } from './points/reconcile.js';
import { settleFailed } from './settle.js';
import { ProviderUnavailable, type PaymentProviders } from './providers/types.js';

const pollMs = 60_000;
/** Left to the provider's notice and the person's return this long before we ask. */
const quietSeconds = 60;
/** Then asked again at most this often. */
const recheckSeconds = 300;
/** Never opened at the provider (its create failed) this long: nobody is still at it. */
const unopenedSeconds = 600;
/** Still unpaid at the provider this long: expired, as a hosted page is. */
const unpaidSeconds = 24 * 3600;

type Log = { error(details: object, message: string): void };

interface Due extends OnlinePayment {
  tenantId: string;
  currency: string;
  overdue: boolean;
}

async function duePayments(db: Scopes, provider: string): Promise<Due[]> {
  return db.withSystem(async (sql) => {
    const { rows } = await sql.query<Omit<Due, 'amount'> & { amount: string }>(
      `SELECT p.tenant_id AS "tenantId", t.currency, p.id, a.number AS "accountNumber",
              p.amount::text AS amount, p.return_url AS "returnUrl", p.status,
              p.provider_ref AS "providerRef",
              p.created_at < clock_timestamp() - make_interval(secs => $5) AS overdue
         FROM payments p
         JOIN tenants t ON t.id = p.tenant_id
         JOIN accounts a ON a.tenant_id = p.tenant_id AND a.id = p.account_id
        WHERE p.status = 'pending' AND p.method = 'online' AND p.provider = $1
          AND p.created_at < clock_timestamp() - make_interval(secs => $2)
          AND (p.provider_ref IS NOT NULL
               OR p.created_at < clock_timestamp() - make_interval(secs => $4))
          AND (p.checked_at IS NULL
               OR p.checked_at < clock_timestamp() - make_interval(secs => $3))
        ORDER BY p.created_at, p.id`,
      [provider, quietSeconds, recheckSeconds, unopenedSeconds, unpaidSeconds],
    );
    return rows.map((row) => ({ ...row, amount: Number(row.amount) }));
  });
}

/**
 * Settles the online payments left pending (FIN-2): one the provider has an outcome for is
 * settled so (its notice was lost); one still unpaid after a day, or never opened at the
 * provider, fails as `expired`. The number settled. Safe on any number of nodes at once:
 * settling a payment twice changes nothing the second time, and a success the provider
 * reports later still books (settleSucceeded wins over a failure).
 */
export async function reconcileOnlinePayments(
  db: Scopes,
  providers: Pick<PaymentProviders, 'payments'>,
  log: Log,
  stopped: () => boolean = () => false,
): Promise<number> {
  const provider = providers.payments;
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
      // asked again after recheckSeconds, so one the provider can't answer for never starves
      // the others; the provider is down: they wait for the next pass too
      await db.withTenant(tenantId, (sql) => markChecked(sql, { tenantId, paymentId }));
      if (err instanceof ProviderUnavailable) break;
    }
  }
  return settled;
}

/** The reconciliation of online and points payments on this node; any number may run it. */
export function startReconciliation(deps: {
  db: Scopes;
  providers: PaymentProviders;
  log: FastifyBaseLogger;
}) {
  const { db, providers, log } = deps;
  return periodic(
    async (stopped) => {
      const online = await reconcileOnlinePayments(db, providers, log, stopped);
      const points = await reconcilePointsPayments(db, providers.loyalty, log, stopped);
      if (online || points) log.info({ online, points }, 'payments reconciled');
    },
    { pollMs, log, failure: 'reconciling payments failed' },
  );
}

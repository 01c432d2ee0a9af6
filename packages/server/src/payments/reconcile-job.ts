import type { FastifyBaseLogger } from 'fastify';
import type { Scopes } from '../db/scope.js';
import { periodic, type JobOptions } from '../jobs/periodic.js';
import { reconcileOnlinePayments } from './online/reconcile.js';
import { reconcilePointsPayments } from './points/reconcile.js';
import type { PaymentProviders } from './providers/types.js';

const pollMs = 60_000;

/**
 * The reconciliation of payments left pending on this node, every minute: online ones asked
 * after at the provider (online/reconcile.ts), points ones at the loyalty provider
 * (points/reconcile.ts). Any number of nodes may run it.
 */
export function startReconciliation(
  deps: {
    db: Scopes;
    providers: PaymentProviders;
    log: FastifyBaseLogger;
  } & JobOptions,
) {
  const { db, providers, log } = deps;
  return periodic(
    async (stopped) => {
      const online = await reconcileOnlinePayments(db, providers.payments, log, stopped);
      const points = await reconcilePointsPayments(db, providers.loyalty, log, stopped);
      if (online || points) log.info({ online, points }, 'payments reconciled');
    },
    { pollMs: deps.pollMs ?? pollMs, log, failure: 'reconciling payments failed' },
  );
}

import type { Sql } from '../../db/scope.js';
import { isUuid } from '../../contract/uuid.js';
import { notFound } from '../../errors/problem.js';
import type { Log } from '../log.js';
import type { ProviderEvent } from '../providers/types.js';
import { applyProviderPayment } from './outcome.js';
import { findOnlinePayment } from './rows.js';

/**
 * A provider's verified notice, handled in the caller's transaction (FIN-2): the payment it
 * names must be this tenant's online payment at that provider (else 404, nothing recorded);
 * the event is recorded by its id, so one handled before changes nothing again; the payment
 * is settled as the provider says.
 */
export async function handleProviderEvent(
  sql: Sql,
  q: { tenantId: string; currency: string; provider: string; event: ProviderEvent },
  log: Log,
): Promise<void> {
  const { tenantId, provider, event } = q;
  const paymentId = event.payment.reference;
  const payment = isUuid(paymentId)
    ? await findOnlinePayment(sql, { tenantId, paymentId, provider })
    : null;
  if (!payment) throw notFound();
  const { rowCount } = await sql.query(
    `INSERT INTO payment_events (tenant_id, provider, event_id, type, payment_id)
     VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
    [tenantId, provider, event.id, event.type, paymentId],
  );
  if (rowCount === 0) return;
  await applyProviderPayment(
    sql,
    { tenantId, currency: q.currency, payment, said: event.payment },
    log,
  );
}

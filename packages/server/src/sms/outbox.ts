import type { Sql } from '../db/scope.js';
import type { SmsMessage } from './provider.js';

/**
 * Queues an SMS inside the caller's transaction: it is sent if and only if what caused it
 * commits (transactional outbox); src/sms/sender.ts delivers it, however long the provider
 * is down.
 */
export async function enqueueSms(sql: Sql, tenantId: string, sms: SmsMessage): Promise<void> {
  await sql.query(
    'INSERT INTO sms_outbox (tenant_id, to_phone, sender, text_body) VALUES ($1, $2, $3, $4)',
    [tenantId, sms.to, sms.from, sms.text],
  );
}

import type { Sql } from '../db/scope.js';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Header fields of its own (List-Unsubscribe of a notification, NOTE-2). */
  headers?: Record<string, string>;
}

/**
 * Queues a mail inside the caller's transaction: it is sent if and only if what caused it
 * commits (transactional outbox); src/mail/sender.ts delivers it.
 */
export async function enqueueMail(sql: Sql, tenantId: string, mail: MailMessage): Promise<void> {
  await sql.query(
    `INSERT INTO mail_outbox (tenant_id, to_address, subject, text_body, html_body, headers)
     VALUES ($1, $2, $3, $4, $5, $6::jsonb)`,
    [tenantId, mail.to, mail.subject, mail.text, mail.html, JSON.stringify(mail.headers ?? {})],
  );
}

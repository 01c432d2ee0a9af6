import type { Locale, NotificationKind } from '@atrium/sdk';
import { one, type Sql } from '../db/scope.js';
import { enqueueMail, type MailMessage } from '../mail/outbox.js';
import { preferencesOf } from './settings.js';
import { unsubscribeLink, withUnsubscribe, type NotificationSite } from './unsubscribe-mail.js';

export type { NotificationSite } from './unsubscribe-mail.js';

/** NOTE-1: whether a kind of notification goes to the person now. */
export async function notificationSends(
  sql: Sql,
  q: { tenantId: string; personId: string; kind: NotificationKind },
): Promise<boolean> {
  return one({ rows: await preferencesOf(sql, { ...q, kinds: [q.kind] }) }).sends;
}

/**
 * Queues a notification e-mail to a person in the caller's transaction if NOTE-1 lets it
 * go, with the unsubscribe link of its kind (NOTE-2); says whether it was queued. `locale`
 * is the mail's language, for the footer.
 */
export async function queueNotification(
  sql: Sql,
  q: NotificationSite & {
    personId: string;
    kind: NotificationKind;
    locale: Locale;
    mail: MailMessage;
  },
): Promise<boolean> {
  const tenantId = q.tenant.id;
  if (!(await notificationSends(sql, { tenantId, personId: q.personId, kind: q.kind }))) {
    return false;
  }
  const link = unsubscribeLink(q);
  await enqueueMail(
    sql,
    tenantId,
    withUnsubscribe(q.mail, { locale: q.locale, kind: q.kind, link }),
  );
  return true;
}

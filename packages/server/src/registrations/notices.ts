import type { Locale } from '@atrium/sdk';
import type { Sql } from '../db/scope.js';
import { fill } from '../errors/messages.js';
import { enqueueMail } from '../mail/outbox.js';
import { registrationRejectedEmail } from '../mail/registration-rejected-email.js';
import { registrationRequestEmail } from '../mail/registration-request-email.js';
import { portalLink } from '../mail/portal-link.js';
import { queueNotification } from '../notifications/queue.js';
import { enqueueSms } from '../sms/outbox.js';
import type { SmsMessage } from '../sms/provider.js';
import type { Tenant } from '../tenancy/tenant.js';
import { registrationReceivers } from './people.js';
import type { Registrant } from './repository.js';
import { smsTexts } from './sms-texts.js';

/**
 * The SMS carrying a code, in the language asked, from the server's sender (`from`: gateways
 * take no tenant's name as one, so the text names the tenant); sent at once, never stored.
 */
export const codeSms = (
  tenant: Tenant,
  q: { from: string; phone: string; locale: Locale; code: string },
): SmsMessage => ({
  to: q.phone,
  from: q.from,
  text: fill(smsTexts[q.locale].code, { tenant: tenant.name, code: q.code }),
});

/**
 * E-mails each staff member who receives registration requests about one waiting, in their
 * language, with a link to the portal, unless their notification settings say no (NOTE-1;
 * the mail carries its unsubscribe link, NOTE-2); nobody receiving them, nobody is told (it
 * is listed).
 */
export async function tellReceivers(
  sql: Sql,
  q: { tenant: Tenant; registrant: Registrant; publicUrl: string | undefined; secret: string },
): Promise<void> {
  const portal = portalLink(q.tenant, q.publicUrl);
  for (const receiver of await registrationReceivers(sql, q.tenant.id)) {
    await queueNotification(sql, {
      secret: q.secret,
      publicUrl: q.publicUrl,
      tenant: q.tenant,
      personId: receiver.id,
      kind: 'registration_requests',
      locale: receiver.locale,
      mail: registrationRequestEmail(
        receiver.locale,
        receiver,
        q.tenant.name,
        q.registrant,
        portal,
      ),
    });
  }
}

/** Whom a decision is told to, and the server's SMS sender (as codeSms). */
interface Telling {
  tenant: Tenant;
  registrant: Registrant;
  from: string;
}

/** Tells the person by SMS that they were approved (the invitation went by e-mail). */
export async function tellApproved(sql: Sql, q: Telling): Promise<void> {
  const { tenant, registrant: r, from } = q;
  const text = fill(smsTexts[r.locale].approved, { tenant: tenant.name });
  await enqueueSms(sql, tenant.id, { to: r.phone, from, text });
}

/** Tells the person by SMS and e-mail that they were rejected, and why if a reason was given. */
export async function tellRejected(
  sql: Sql,
  q: Telling & { reason: string | null },
): Promise<void> {
  const { tenant, registrant: r, from, reason } = q;
  const t = smsTexts[r.locale];
  const text = [
    fill(t.rejected, { tenant: tenant.name }),
    ...(reason === null ? [] : [fill(t.reason, { reason })]),
  ].join(' ');
  await enqueueSms(sql, tenant.id, { to: r.phone, from, text });
  await enqueueMail(sql, tenant.id, registrationRejectedEmail(r.locale, r, tenant, reason));
}

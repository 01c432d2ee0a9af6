import type { Locale, NotificationKind } from '@atrium/sdk';
import { escapeHtml } from '../html.js';
import type { MailMessage } from '../mail/outbox.js';
import { footerLine, kindMails } from './texts.js';
import { signUnsubscribe } from './token.js';

/** What signs and places a tenant's unsubscribe links: the token secret, the public URL. */
export interface NotificationSite {
  secret: string;
  /** The server's public URL (app.site.publicUrl), never the request's Host. */
  publicUrl: string | undefined;
  tenant: { id: string; slug: string };
}

/** The absolute link that unsubscribes the person from one kind (NOTE-2). */
export function unsubscribeLink(
  q: NotificationSite & { personId: string; kind: NotificationKind },
): string {
  const token = signUnsubscribe(q.secret, {
    tenantId: q.tenant.id,
    personId: q.personId,
    kind: q.kind,
  });
  return new URL(`/t/${q.tenant.slug}/unsubscribe/${token}`, q.publicUrl).href;
}

/**
 * The mail with its unsubscribe link: a footer in the text and the HTML, and the headers
 * mail clients offer as their own button, one click posting to the link (RFC 2369, 8058).
 */
export function withUnsubscribe(
  mail: MailMessage,
  q: { locale: Locale; kind: NotificationKind; link: string },
): MailMessage {
  const line = footerLine[q.locale](kindMails[q.locale][q.kind]);
  const link = escapeHtml(q.link);
  return {
    ...mail,
    text: `${mail.text}\n\n-- \n${line}\n${q.link}`,
    html: `${mail.html}\n<hr>\n<p>${escapeHtml(line)} <a href="${link}">${link}</a></p>`,
    headers: {
      ...mail.headers,
      'List-Unsubscribe': `<${q.link}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  };
}

import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Locale } from '@atrium/sdk';
import type { Sql } from '../db/scope.js';
import { escapeHtml } from '../html.js';
import type { MailMessage } from '../mail/outbox.js';
import { portalLink } from '../mail/portal-link.js';
import { queueNotification, type NotificationSite } from '../notifications/queue.js';
import { tenantOf } from '../tenancy/index.js';
import type { TicketStatus } from './types.js';

/**
 * What a status e-mail needs besides the ticket: whose portal, where it is, and what signs
 * the reporter's unsubscribe link (NOTE-2).
 */
export interface Notice {
  tenantName: string;
  portalLink: string;
  site: NotificationSite;
}

/** Where status e-mails send the reporter: the tenant's portal, never from the request's Host. */
export function noticeOf(app: FastifyInstance, request: FastifyRequest, secret: string): Notice {
  const tenant = tenantOf(request);
  const { publicUrl } = app.site;
  return {
    tenantName: tenant.name,
    portalLink: portalLink(tenant, publicUrl),
    site: { secret, publicUrl, tenant },
  };
}

// Status names as the reporter reads them: "заявка" is feminine, "zgłoszenie" neuter.
const statusNames: Record<Locale, Record<TicketStatus, string>> = {
  ru: {
    new: 'новая',
    accepted: 'принята',
    in_progress: 'в работе',
    waiting_for_resident: 'ждём вашего ответа',
    resolved: 'выполнена',
    closed: 'закрыта',
    rejected: 'отклонена',
  },
  pl: {
    new: 'nowe',
    accepted: 'przyjęte',
    in_progress: 'w realizacji',
    waiting_for_resident: 'czekamy na Twoją odpowiedź',
    resolved: 'rozwiązane',
    closed: 'zamknięte',
    rejected: 'odrzucone',
  },
  en: {
    new: 'new',
    accepted: 'accepted',
    in_progress: 'in progress',
    waiting_for_resident: 'waiting for your reply',
    resolved: 'resolved',
    closed: 'closed',
    rejected: 'rejected',
  },
};

interface Texts {
  subject: (tenant: string, number: number, status: string) => string;
  greeting: (name: string) => string;
  change: (number: number, status: string) => string;
  comment: string;
  open: string;
}

const texts: Record<Locale, Texts> = {
  ru: {
    subject: (tenant, n, status) => `${tenant}: заявка №${n} — ${status}`,
    greeting: (name) => `Здравствуйте, ${name}!`,
    change: (n, status) => `Статус вашей заявки №${n} изменился: ${status}.`,
    comment: 'Комментарий:',
    open: 'Заявка и вся её история — в личном кабинете:',
  },
  pl: {
    subject: (tenant, n, status) => `${tenant}: zgłoszenie nr ${n} — ${status}`,
    greeting: (name) => `Dzień dobry, ${name}!`,
    change: (n, status) => `Status Twojego zgłoszenia nr ${n} zmienił się: ${status}.`,
    comment: 'Komentarz:',
    open: 'Zgłoszenie i cała jego historia są w portalu mieszkańca:',
  },
  en: {
    subject: (tenant, n, status) => `${tenant}: ticket #${n} — ${status}`,
    greeting: (name) => `Hello ${name},`,
    change: (n, status) => `The status of your ticket #${n} has changed: ${status}.`,
    comment: 'Comment:',
    open: 'The ticket and its whole history are in your portal:',
  },
};

/** The e-mail telling a reporter their ticket moved (TKT-1), in their language. */
function statusEmail(
  locale: Locale,
  to: { email: string; name: string },
  change: { tenantName: string; number: number; status: TicketStatus; comment: string | null },
  link: string,
): MailMessage {
  const t = texts[locale];
  const status = statusNames[locale][change.status];
  const greeting = t.greeting(to.name);
  const line = t.change(change.number, status);
  const comment = change.comment === null ? [] : [t.comment, change.comment];
  return {
    to: to.email,
    subject: t.subject(change.tenantName, change.number, status),
    text: [greeting, '', line, ...comment, '', t.open, link].join('\n'),
    html: [
      `<p>${escapeHtml(greeting)}</p>`,
      `<p>${escapeHtml(line)}</p>`,
      ...(change.comment === null
        ? []
        : [`<p>${escapeHtml(t.comment)}<br>${escapeHtml(change.comment)}</p>`]),
      `<p>${escapeHtml(t.open)} <a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p>`,
    ].join('\n'),
  };
}

/**
 * Queues the status e-mail to the ticket's reporter in the caller's transaction, if they
 * have an address and NOTE-1 lets `ticket_updates` reach them; it carries its unsubscribe link.
 */
export async function queueStatusEmail(
  sql: Sql,
  q: Notice & { tenantId: string; ticketId: string; status: TicketStatus; comment: string | null },
) {
  const { rows } = await sql.query<{
    id: string;
    email: string;
    name: string;
    locale: Locale;
    number: number;
  }>(
    `SELECT p.id, p.email, p.name, p.locale, t.number
       FROM tickets t JOIN people p ON p.tenant_id = t.tenant_id AND p.id = t.reporter_id
      WHERE t.tenant_id = $1 AND t.id = $2 AND p.active AND p.email IS NOT NULL`,
    [q.tenantId, q.ticketId],
  );
  const reporter = rows[0];
  if (!reporter) return; // a deactivated reporter gets no mail (AUTH-4), nor one without an address
  await queueNotification(sql, {
    ...q.site,
    personId: reporter.id,
    kind: 'ticket_updates',
    locale: reporter.locale,
    mail: statusEmail(reporter.locale, reporter, { ...q, number: reporter.number }, q.portalLink),
  });
}

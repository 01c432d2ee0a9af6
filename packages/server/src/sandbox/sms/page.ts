import type { FastifyInstance } from 'fastify';
import { escapeHtml } from '../../html.js';
import type { Inbox, SandboxSms } from './inbox.js';

// what one sender's section shows
const shownPerSender = 20;

/** The messages by sender, each sender's newest first, at most 20 each. */
function bySender(messages: SandboxSms[]): Map<string, SandboxSms[]> {
  const senders = new Map<string, SandboxSms[]>();
  for (const sms of messages) {
    const kept = senders.get(sms.from) ?? [];
    if (kept.length < shownPerSender) senders.set(sms.from, [...kept, sms]);
  }
  return senders;
}

const section = (from: string, messages: SandboxSms[]) =>
  `<section><h2>${escapeHtml(from)}</h2>${messages
    .map(
      (sms) =>
        `<article><p>To ${escapeHtml(sms.to)} · ${escapeHtml(sms.created)}</p>` +
        `<pre>${escapeHtml(sms.text)}</pre></article>`,
    )
    .join('\n')}</section>`;

/**
 * The phones' screens, for the demo: `GET /` lists the latest messages per sender (someone
 * registering on the demo portal reads their code here), `?to=` those of one phone;
 * `GET /messages.json?to=` is the same as JSON, newest first. No key: anyone reads every
 * code, so the server mounts the sandbox only for the demo outside production, or when told
 * to (SMS_SANDBOX).
 */
export function smsPages(inbox: Inbox) {
  return async function pages(app: FastifyInstance) {
    const phoneOf = (query: unknown) => {
      const to = (query as { to?: unknown }).to;
      return typeof to === 'string' && to ? to : undefined;
    };

    app.get('/messages.json', async (request) => inbox.list(phoneOf(request.query)));

    app.get('/', async (request, reply) => {
      const sections = [...bySender(inbox.list(phoneOf(request.query)))]
        .map(([from, messages]) => section(from, messages))
        .join('\n');
      return reply
        .header('cache-control', 'no-store')
        .type('text/html; charset=utf-8')
        .send(
          '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>SMS sandbox</title>' +
            '</head><body><main><h1>SMS sandbox</h1>' +
            '<p>The messages sent through this stand-in for an SMS gateway, newest first; ' +
            'none left this server.</p>' +
            `${sections || '<p>No messages yet.</p>'}</main></body></html>`,
        );
    });
  };
}

import type { FastifyInstance } from 'fastify';
import { rebase } from '../contract/spec.js';
import { escapeHtml } from '../html.js';

interface SentMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  createdAt: string;
}

/**
 * Development only, and only while no SMTP server is configured: the mail the sandbox transport "sent", newest first, as a page and as
 * JSON (`?to=` filters by recipient) so people and tests can follow reset links.
 */
export async function devOutboxRoutes(app: FastifyInstance) {
  const sent = (to: string | undefined) =>
    app.db.withSystem(async (sql) => {
      const { rows } = await sql.query<SentMail>(
        `SELECT to_address AS "to", subject, text_body AS text, html_body AS html,
                to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "createdAt"
           FROM mail_outbox WHERE sent_at IS NOT NULL AND ($1::text IS NULL OR to_address = lower($1))
          ORDER BY created_at DESC LIMIT 200`,
        [to ?? null],
      );
      return rows;
    });

  // `to` is an e-mail address as the contract defines one, so junk gets a 400, not a 500.
  const query = {
    type: 'object',
    properties: { to: rebase({ $ref: '#/components/schemas/Email' }) },
  };
  app.get<{ Querystring: { to?: string } }>(
    '/dev/outbox.json',
    { schema: { querystring: query } },
    async (request) => sent(request.query.to),
  );

  app.get('/dev/outbox', async (_request, reply) => {
    const items = (await sent(undefined))
      .map(
        (m) =>
          `<article><h2>${escapeHtml(m.subject)}</h2><p>${escapeHtml(m.to)} · ${escapeHtml(m.createdAt)}</p><pre>${escapeHtml(m.text)}</pre></article>`,
      )
      .join('\n');
    return reply
      .type('text/html; charset=utf-8')
      .send(
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Outbox</title>` +
          `</head><body><main><h1>Outbox</h1>${items || '<p>No mail yet.</p>'}</main></body></html>`,
      );
  });
}

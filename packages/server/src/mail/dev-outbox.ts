import type { FastifyInstance } from 'fastify';

interface SentMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  createdAt: string;
}

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Development only: the mail the sandbox transport "sent", newest first, as a page and as
 * JSON (`?to=` filters by recipient) so people and tests can follow reset links.
 */
export async function devOutbox(app: FastifyInstance) {
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

  app.get<{ Querystring: { to?: string } }>('/dev/outbox.json', async (request) =>
    sent(request.query.to),
  );

  app.get('/dev/outbox', async (_request, reply) => {
    const items = (await sent(undefined))
      .map(
        (m) =>
          `<article><h2>${escape(m.subject)}</h2><p>${escape(m.to)} · ${escape(m.createdAt)}</p><pre>${escape(m.text)}</pre></article>`,
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

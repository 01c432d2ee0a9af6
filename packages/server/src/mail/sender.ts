import type { FastifyBaseLogger } from 'fastify';
import type { Scopes } from '../db/scope.js';
import { periodic, type JobOptions } from '../jobs/periodic.js';
import { messageIdOf } from './message-id.js';
import type { MailTransport } from './transport.js';

const batchSize = 10;
const pollMs = 5_000;
/** Waits of 10 s doubling to an hour: a mail is tried for about a day before it is given up. */
const maxAttempts = 30;
const longestWaitSeconds = 3600;
export const defaultSmtpTimeoutMs = 10_000;

interface Claimed {
  id: string;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string;
  headers: Record<string, string>;
  attempts: number;
}

/**
 * Delivers the outbox. Safe on several nodes: a batch is claimed with FOR UPDATE SKIP LOCKED
 * and leased, then sent outside the transaction; a failure retries with exponential backoff.
 */
export function startSender(
  deps: {
    db: Scopes;
    transport: MailTransport;
    from: string;
    log: FastifyBaseLogger;
    /** Keep the bodies of sent mail (for the dev outbox); else they are blanked once sent. */
    keepSent: boolean;
    /** How long handing one mail over may take before it is given up and retried later. */
    timeoutMs: number;
  } & JobOptions,
) {
  const blank = deps.keepSent ? '' : ", text_body = '', html_body = '', headers = '{}'";
  // a batch whose every mail takes its whole time is still leased: no other node sends one
  const leaseSeconds = Math.ceil((batchSize * deps.timeoutMs) / 1000) + 20;
  // closing gives up on the mail being sent rather than waiting for a slow SMTP server
  const closing = new AbortController();
  const claim = () =>
    deps.db.withSystem(async (sql) => {
      const { rows } = await sql.query<Claimed>(
        `UPDATE mail_outbox SET attempts = attempts + 1,
                next_attempt_at = now() + make_interval(secs => $2)
          WHERE id IN (SELECT id FROM mail_outbox
                        WHERE sent_at IS NULL AND next_attempt_at <= now() AND attempts < $3
                        ORDER BY next_attempt_at LIMIT $1 FOR UPDATE SKIP LOCKED)
          RETURNING id, to_address, subject, text_body, html_body, headers, attempts`,
        [batchSize, leaseSeconds, maxAttempts],
      );
      return rows;
    });

  async function deliver(mail: Claimed) {
    try {
      await deps.transport.send(
        {
          from: deps.from,
          to: mail.to_address,
          subject: mail.subject,
          text: mail.text_body,
          html: mail.html_body,
          headers: mail.headers,
          messageId: messageIdOf(mail.id, deps.from),
        },
        AbortSignal.any([AbortSignal.timeout(deps.timeoutMs), closing.signal]),
      );
      await deps.db.withSystem((sql) =>
        sql.query(
          `UPDATE mail_outbox SET sent_at = now(), last_error = NULL${blank} WHERE id = $1`,
          [mail.id],
        ),
      );
    } catch (error) {
      deps.log.warn({ err: error, mail: mail.id }, 'mail delivery failed; will retry');
      await deps.db.withSystem((sql) =>
        sql.query(
          `UPDATE mail_outbox SET last_error = $2,
                  next_attempt_at = now() + make_interval(secs => least($4, 2 ^ $3 * 5))
            WHERE id = $1`,
          [mail.id, String(error), mail.attempts, longestWaitSeconds],
        ),
      );
    }
  }

  // A full batch means more may wait: claim again before resting.
  async function drain(stopped: () => boolean) {
    let batch: Claimed[];
    do {
      batch = await claim();
      for (const mail of batch) {
        // the rest of the batch is claimed again once its lease is over
        if (stopped()) return;
        await deliver(mail);
      }
    } while (batch.length === batchSize && !stopped());
  }

  const job = periodic(drain, {
    pollMs: deps.pollMs ?? pollMs,
    log: deps.log,
    failure: 'mail sender pass failed',
  });
  return {
    wake: job.wake,
    async stop() {
      closing.abort();
      await job.stop();
      deps.transport.close();
    },
  };
}

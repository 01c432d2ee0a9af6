import type { FastifyBaseLogger } from 'fastify';
import type { Scopes } from '../db/scope.js';
import { periodic, type JobOptions } from '../jobs/periodic.js';
import { ProviderRefused, type SmsProvider } from './provider.js';

const batchSize = 10;
const pollMs = 5_000;
// longer than a send may take (the provider's timeout), so no two nodes send one SMS at once
const leaseSeconds = 120;
// A message done with (sent, or refused for good) keeps no text: a rejection's reason and
// the like are not kept for ever, as the mail outbox blanks the mail it sent.
const blank = "text_body = ''";

interface Claimed {
  id: string;
  to_phone: string;
  sender: string;
  text_body: string;
  attempts: number;
}

/**
 * Delivers the SMS outbox, like the mail sender: a batch is claimed with FOR UPDATE SKIP
 * LOCKED and leased, then sent outside the transaction under the row's id as the
 * Idempotency-Key, so a send whose answer was lost and is repeated is still one SMS. A
 * provider that is down is asked again with exponential backoff (at most an hour apart) for
 * as long as it takes; one that refuses a message fails it for good. Either way done, the
 * text is blanked.
 */
export function startSmsSender(
  deps: {
    db: Scopes;
    provider: SmsProvider;
    log: FastifyBaseLogger;
  } & JobOptions,
) {
  const claim = () =>
    deps.db.withSystem(async (sql) => {
      const { rows } = await sql.query<Claimed>(
        `UPDATE sms_outbox SET attempts = attempts + 1,
                next_attempt_at = now() + make_interval(secs => $2)
          WHERE id IN (SELECT id FROM sms_outbox
                        WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= now()
                        ORDER BY next_attempt_at LIMIT $1 FOR UPDATE SKIP LOCKED)
          RETURNING id, to_phone, sender, text_body, attempts`,
        [batchSize, leaseSeconds],
      );
      return rows;
    });

  const record = (text: string, values: unknown[]) =>
    deps.db.withSystem((sql) => sql.query(text, values));

  async function deliver(sms: Claimed) {
    try {
      const ref = await deps.provider.send(
        { to: sms.to_phone, from: sms.sender, text: sms.text_body },
        sms.id,
      );
      await record(
        `UPDATE sms_outbox SET sent_at = now(), provider_ref = $2, last_error = NULL, ${blank}
          WHERE id = $1`,
        [sms.id, ref],
      );
    } catch (error) {
      if (error instanceof ProviderRefused) {
        deps.log.error({ err: error, sms: sms.id }, 'the SMS provider refused a message');
        await record(
          `UPDATE sms_outbox SET failed_at = now(), last_error = $2, ${blank} WHERE id = $1`,
          [sms.id, String(error)],
        );
        return;
      }
      deps.log.warn({ err: error, sms: sms.id }, 'SMS delivery failed; will retry');
      await record(
        `UPDATE sms_outbox SET last_error = $2,
                next_attempt_at = now() + make_interval(secs => least(3600, 2 ^ least($3, 20) * 5))
          WHERE id = $1`,
        [sms.id, String(error), sms.attempts],
      );
    }
  }

  // A full batch means more may wait: claim again before resting.
  async function drain(stopped: () => boolean) {
    let batch: Claimed[];
    do {
      batch = await claim();
      for (const sms of batch) await deliver(sms);
    } while (batch.length === batchSize && !stopped());
  }

  return periodic(drain, {
    pollMs: deps.pollMs ?? pollMs,
    log: deps.log,
    failure: 'SMS sender pass failed',
  });
}

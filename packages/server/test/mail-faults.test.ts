import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { one } from '../src/db/scope.js';
import { enqueueMail } from '../src/mail/outbox.js';
import { engines } from './databases.js';
import { useServer } from './helpers.js';
import { useSmtpSink } from './smtp-sink.js';

// The outbox's sender against an SMTP server that refuses, stalls, flaps and loses answers: a
// real one on a port of its own (smtp-sink.ts). Waits are read from the outbox, and made to
// pass by moving next_attempt_at, never slept through.

/** As SMTP_TIMEOUT: short, so a stalled server is given up on quickly. */
const smtpTimeoutMs = 2000;

interface Row {
  id: string;
  attempts: number;
  sent: boolean;
  lastError: string | null;
  /** Seconds until it is due again. */
  wait: number;
}

for (const engine of engines) {
  describe(`mail over a failing SMTP server on ${engine.name}`, () => {
    const sink = useSmtpSink();
    const server = useServer(engine, {
      statsScheduler: false,
      paymentReconciliation: false,
      smtpTimeoutMs,
      get smtpUrl() {
        return sink.url();
      },
    });
    let tenantId: string;

    /** The Message-ID headers of the messages the sink received for an address, in order. */
    const messageIdsTo = (to: string) =>
      sink.received
        .filter((raw) => raw.includes(`To: ${to}`))
        .map((raw) => /^Message-ID: (.+)$/im.exec(raw)?.[1]?.trim());

    before(async () => {
      tenantId = await server().app.db.withSystem(
        async (sql) =>
          one(await sql.query<{ id: string }>("SELECT id FROM tenants WHERE slug = 'lesna-5'")).id,
      );
    });

    const outboxOf = (to: string) =>
      server().app.db.withSystem(async (sql) => {
        const { rows } = await sql.query<Row>(
          `SELECT id, attempts, sent_at IS NOT NULL AS sent, last_error AS "lastError",
                  extract(epoch FROM next_attempt_at - now())::float8 AS wait
             FROM mail_outbox WHERE to_address = $1`,
          [to],
        );
        return rows;
      });

    /** The address's one mail once its `attempt`th try has ended, sent or failed. */
    async function tried(to: string, attempt: number): Promise<Row> {
      for (let i = 0; i < 200; i++) {
        const [row] = await outboxOf(to);
        if (row && row.attempts >= attempt && (row.sent || row.lastError !== null)) {
          assert.equal(row.attempts, attempt, `${to}: tried once more than expected`);
          return row;
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error(`${to}: try ${attempt} never ended`);
    }

    /** As if the address's wait were over: its mail is due, and the sender is woken. */
    async function due(to: string) {
      await server().app.db.withSystem((sql) =>
        sql.query(
          `UPDATE mail_outbox SET next_attempt_at = now(), last_error = NULL
            WHERE to_address = $1 AND sent_at IS NULL`,
          [to],
        ),
      );
      server().app.wakeMailer();
    }

    async function queue(to: string) {
      await server().app.db.withSystem((sql) =>
        enqueueMail(sql, tenantId, { to, subject: 'Test', text: 'Test', html: '<p>Test</p>' }),
      );
      server().app.wakeMailer();
    }

    it('AUTH-2 SMTP refusing mail: the reset is answered at once; the mail waits 10 s, 20 s, then 40 s between tries, and is delivered exactly once when SMTP takes mail again', async () => {
      const jan = 'jan@lesna5.example';
      sink.fail(3);
      const client = server().client('lesna-5', { address: '203.0.113.31' });
      await client.auth.requestPasswordReset({ email: jan });
      const waits: number[] = [];
      for (let attempt = 1; attempt <= 3; attempt++) {
        const row = await tried(jan, attempt);
        assert.match(row.lastError ?? '', /421/);
        waits.push(Math.ceil(row.wait));
        await due(jan);
      }
      assert.deepEqual(waits, [10, 20, 40]);
      assert.equal((await tried(jan, 4)).sent, true);
      assert.equal(messageIdsTo(jan).length, 1, 'delivered exactly once');
    });

    it('AUTH-2 a stalled SMTP server holds up no request: a reset is answered while the sender still waits for its greeting; the mail is tried again and delivered once', async () => {
      const katarzyna = 'katarzyna@lesna5.example';
      const jan = 'jan@lesna5.example';
      const client = server().client('lesna-5', { address: '203.0.113.32' });
      sink.fail(1, { how: 'hang' });
      await client.auth.requestPasswordReset({ email: katarzyna });
      const stalled = async () => {
        const [row] = await outboxOf(katarzyna);
        return row?.attempts === 1 && !row.sent && row.lastError === null;
      };
      for (let i = 0; i < 100 && !(await stalled()); i++) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      assert.ok(await stalled(), 'the sender is waiting on SMTP');
      await client.auth.requestPasswordReset({ email: jan });
      assert.ok(await stalled(), 'answered while the sender still waits');

      const failed = await tried(katarzyna, 1);
      assert.ok(failed.wait > 5, 'given up on after its timeout, and tried later');
      await due(katarzyna);
      assert.equal((await tried(katarzyna, 2)).sent, true);
      assert.equal(messageIdsTo(katarzyna).length, 1, 'delivered exactly once');
    });

    it('SMTP flapping (every other connection refused): each mail is delivered exactly once, the refused ones after waiting', async () => {
      const addresses = [1, 2, 3, 4].map((n) => `flapping-${n}@faults.example`);
      const attempts = new Map(addresses.map((to) => [to, 1]));
      sink.flap();
      try {
        for (const to of addresses) await queue(to);
        for (let round = 0; round < 6; round++) {
          const waiting = addresses.filter((to) => attempts.get(to));
          if (!waiting.length) break;
          for (const to of waiting) {
            const attempt = attempts.get(to) ?? 0;
            const row = await tried(to, attempt);
            if (row.sent) {
              attempts.delete(to);
              continue;
            }
            assert.ok(row.wait > 5, `${to}: waits before its next try`);
            attempts.set(to, attempt + 1);
            await due(to);
          }
        }
      } finally {
        sink.recover();
      }
      assert.equal(attempts.size, 0, 'every mail was delivered');
      for (const to of addresses) {
        assert.equal(messageIdsTo(to).length, 1, `${to}: delivered exactly once`);
      }
      const tries = (await Promise.all(addresses.map(outboxOf))).map(([row]) => row?.attempts);
      assert.ok(
        tries.some((n) => (n ?? 0) > 1),
        `some were refused first: ${tries.join(', ')}`,
      );
    });

    it('SMTP losing its answer after taking a mail: it is sent again with the same Message-ID, so the receiving side can drop the copy', async () => {
      const to = 'lost-answer@faults.example';
      sink.fail(1, { how: 'lost' });
      await queue(to);
      const lost = await tried(to, 1);
      assert.equal(lost.sent, false);
      await due(to);
      assert.equal((await tried(to, 2)).sent, true);
      assert.deepEqual(messageIdsTo(to), [
        `<${lost.id}@atrium.localhost>`,
        `<${lost.id}@atrium.localhost>`,
      ]);
    });
  });
}

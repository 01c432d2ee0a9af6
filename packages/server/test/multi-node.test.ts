import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import assert from 'node:assert/strict';
import pg from 'pg';
import type { Payment } from '../src/payments/types.js';
import { signatureHeader, signatureOf } from '../src/sandbox/payments/index.js';
import { checkedFetch, violations } from './contract.js';
import { engines, type Engine } from './databases.js';
import { usePaymentSandbox } from './payment-sandbox-service.js';
import {
  clientHeader,
  pinHeader,
  servedByHeader,
  startRoundRobin,
  type RoundRobinProxy,
} from './round-robin-proxy.js';
import { startServerProcess, type ServerProcess } from './server-process.js';
import { useSmtpSink } from './smtp-sink.js';
import { people } from './tickets-fixture.js';
import { witnessWrites, type WriteWitness } from './write-witness.js';

// Two processes of the built server (`npm run build` first) on one PostgreSQL database, behind
// a round-robin proxy on loopback, as an operator scales out: each node runs every background
// job, every JOB_POLL_MS. Rate limits need nothing shared but the database: attempts are
// counted in login_attempts under advisory locks (src/auth/rate-limit.ts), and the server has
// no Redis (REDIS_URL is not read). Whether a job's effect happened once is told by triggers
// that record each write of it (write-witness.ts), with the node that made it.

const postgres = engines.find((engine) => engine.name === 'postgres');
const pollMs = 200;
const { anna, jan, katarzyna } = people;

interface Session {
  accessToken: string;
  refreshToken: string;
}

/** Waits until `done` holds, checking every 50 ms, for at most 10 s. */
async function until(done: () => Promise<boolean>, what: string) {
  for (let waited = 0; !(await done()); waited += 50) {
    if (waited > 10_000) throw new Error(`still not ${what} after 10 s`);
    await sleep(50);
  }
}

/** Long enough for both nodes to run a job again: a second take of an effect would show. */
const bothRunAgain = () => sleep(3 * pollMs);

describe(
  'two server nodes on one PostgreSQL behind a round-robin proxy',
  { skip: !postgres && 'PostgreSQL only: set TEST_DATABASE_URL' },
  () => {
    // the suite runs only when there is one
    const engine = postgres as Engine;
    const nodes: ServerProcess[] = [];
    const upstreams: string[] = [];
    let proxy: RoundRobinProxy | undefined;
    let publicUrl = '';
    let pool: pg.Pool | undefined;
    let drop: (() => Promise<void>) | undefined;
    let witness: WriteWitness;
    // First, so it runs first: the nodes stop before the SMTP sink and the sandbox they use.
    after(async () => {
      await Promise.all(nodes.splice(0).map((node) => node.kill()));
      await proxy?.close();
      await pool?.end();
      await drop?.();
      assert.deepEqual(violations, [], 'every answer matches the contract');
    });
    // Should the test process end before its `after`, the nodes end with it.
    process.once('exit', () => {
      for (const node of nodes) {
        try {
          process.kill(node.pid, 'SIGKILL');
        } catch {
          // it ended already
        }
      }
    });

    const sink = useSmtpSink();
    const sandbox = usePaymentSandbox();
    const ids = { lesna: '', hotel: '', account12: '', onlineType: '' };

    before(async () => {
      const database = await engine.create({ seeded: true });
      drop = database.drop;
      if (!('url' in database.options)) throw new Error('not a PostgreSQL database');
      const { url } = database.options;
      pool = new pg.Pool({ connectionString: url, max: 2 });
      witness = await witnessWrites(pool, [
        'AFTER UPDATE OF sent_at ON mail_outbox FOR EACH ROW WHEN (NEW.sent_at IS NOT NULL)',
        'AFTER INSERT OR UPDATE ON stats_snapshot_days FOR EACH ROW',
        `AFTER UPDATE OF results_frozen_at ON meetings FOR EACH ROW
           WHEN (NEW.results_frozen_at IS NOT NULL)`,
      ]);
      proxy = await startRoundRobin(upstreams);
      publicUrl = proxy.url;
      const env = (node: number) => ({
        NODE_ENV: 'production',
        DATABASE_URL: url,
        PGAPPNAME: `node-${node}`,
        PUBLIC_URL: publicUrl,
        TRUST_PROXY: '1',
        SMTP_URL: sink.url(),
        PAYMENT_PROVIDER_URL: sandbox.url(),
        PAYMENT_PROVIDER_KEY: sandbox.control.apiKey,
        PAYMENT_WEBHOOK_SECRET: sandbox.control.webhookSecret,
        JOB_POLL_MS: String(pollMs),
      });
      // Started at once, as a deployment does: they migrate, seed and make the token key together.
      const started = await Promise.allSettled([0, 1].map((node) => startServerProcess(env(node))));
      for (const result of started) if (result.status === 'fulfilled') nodes.push(result.value);
      const failed = started.find((result) => result.status === 'rejected');
      if (failed) throw failed.reason;
      upstreams.push(...nodes.map((node) => node.url));

      const { rows } = await pool.query<typeof ids>(
        `SELECT l.id AS lesna, h.id AS hotel, a.id AS "account12", pt.id AS "onlineType"
           FROM tenants l, tenants h, accounts a, payment_types pt
          WHERE l.slug = 'lesna-5' AND h.slug = 'demo-hotel'
            AND a.tenant_id = l.id AND a.number = 'LES5-012'
            AND pt.tenant_id = l.id AND pt.kind = 'money' AND pt.enabled`,
      );
      Object.assign(ids, rows[0]);
    });

    const sql = <R extends pg.QueryResultRow>(text: string, values?: unknown[]) => {
      if (!pool) throw new Error('the database is not made yet');
      return pool.query<R>(text, values);
    };
    const rowsFound = async (text: string, values: unknown[]) => (await sql(text, values)).rowCount;

    /** fetch through the proxy, on a node when told, from a client address when told. */
    function call(
      path: string,
      init: RequestInit & { json?: unknown; token?: string; client?: string; node?: number } = {},
    ) {
      const { json, token, client, node, ...rest } = init;
      const headers = new Headers(rest.headers);
      if (json !== undefined) headers.set('content-type', 'application/json');
      if (token) headers.set('authorization', `Bearer ${token}`);
      if (client) headers.set(clientHeader, client);
      if (node !== undefined) headers.set(pinHeader, String(node));
      return checkedFetch(`${publicUrl}/t/lesna-5${path}`, {
        ...rest,
        headers,
        ...(json !== undefined && { body: JSON.stringify(json) }),
      });
    }
    const servedBy = (response: Response) => Number(response.headers.get(servedByHeader));
    const signIn = (who: { email: string; password: string }, more: Parameters<typeof call>[1]) =>
      call('/auth/sign-in', {
        method: 'POST',
        json: { email: who.email, password: who.password },
        ...more,
      });

    it('AUTH-2 a session signed in on one node works on the other; its refresh token rotates across them, and a spent one replayed ends it on both', async () => {
      const signedIn = await signIn(anna, { node: 0 });
      assert.equal(signedIn.status, 200);
      const first = (await signedIn.json()) as Session;
      const me = await call('/me', { token: first.accessToken, node: 1 });
      assert.equal(me.status, 200);
      assert.equal(((await me.json()) as { email: string }).email, anna.email);

      const refresh = (refreshToken: string, node: number) =>
        call('/auth/refresh', { method: 'POST', json: { refreshToken }, node });
      const rotated = await refresh(first.refreshToken, 1);
      assert.equal(rotated.status, 200);
      const second = (await rotated.json()) as Session;
      assert.equal((await call('/me', { token: second.accessToken, node: 0 })).status, 200);

      assert.equal((await refresh(first.refreshToken, 0)).status, 401);
      for (const node of [0, 1]) {
        const revoked = await call('/me', { token: second.accessToken, node });
        assert.equal(revoked.status, 401, `node ${node}`);
      }
    });

    it('AUTH-2 wrong guesses on either node count together: the account locks for that address after the same five', async () => {
      const client = '198.51.100.80';
      const guesses = [];
      for (let i = 0; i < 5; i++) {
        guesses.push(await signIn({ ...jan, password: `guess-${i}` }, { client }));
      }
      assert.deepEqual(
        guesses.map((r) => r.status),
        [401, 401, 401, 401, 401],
      );
      assert.deepEqual(new Set(guesses.map(servedBy)), new Set([0, 1]), 'both nodes counted');
      for (const node of [0, 1]) {
        const locked = await signIn(jan, { client, node });
        assert.equal(locked.status, 429, `node ${node}`);
      }
      assert.equal((await signIn(jan, { client: '198.51.100.81' })).status, 200, 'elsewhere');
    });

    it('AUTH-2 parallel wrong guesses spread over both nodes cannot outrun the limit', async () => {
      const guesses = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          signIn({ ...katarzyna, password: `guess-${i}-parallel` }, { client: '198.51.100.82' }),
        ),
      );
      const count = (status: number) => guesses.filter((r) => r.status === status).length;
      assert.deepEqual([count(401), count(429)], [5, 15]);
      assert.deepEqual(new Set(guesses.map(servedBy)), new Set([0, 1]));
    });

    it('each mail of the outbox is delivered once while both nodes send', async () => {
      const mark = await witness.mark();
      const run = randomUUID().slice(0, 8);
      const subjects = Array.from({ length: 40 }, (_, i) => `multi-node ${run} #${i + 100}`);
      await sql(
        `INSERT INTO mail_outbox (tenant_id, to_address, subject, text_body, html_body)
         SELECT $1, 'resident' || n || '@lesna5.example', s, 'text', '<p>text</p>'
           FROM unnest($2::text[]) WITH ORDINALITY AS m(s, n)`,
        [ids.lesna, subjects],
      );
      const unsent = () =>
        rowsFound('SELECT 1 FROM mail_outbox WHERE subject = ANY($1) AND sent_at IS NULL', [
          subjects,
        ]);
      await until(async () => (await unsent()) === 0, 'every mail sent');
      await bothRunAgain();
      const received = (subject: string) =>
        sink.received.filter((mail) => mail.includes(`Subject: ${subject}\r\n`)).length;
      assert.deepEqual(
        subjects.map(received),
        subjects.map(() => 1),
        'each mail at the sink once',
      );
      const marked = (await witness.since(mark, 'mail_outbox'))
        .map((w) => w.row.subject)
        .filter((subject) => subject && subjects.includes(subject));
      assert.deepEqual(marked.sort(), [...subjects].sort(), 'each mail marked sent once');
    });

    it('OWN-3 each day of the statistics snapshot is taken once while both nodes run the job', async () => {
      const mark = await witness.mark();
      const { rows } = await sql<{ day: string }>(
        `DELETE FROM stats_snapshot_days WHERE tenant_id = $1
            AND day > (SELECT max(day) - 40 FROM stats_snapshot_days WHERE tenant_id = $1)
         RETURNING day::text AS day`,
        [ids.hotel],
      );
      const days = rows.map((r) => r.day).sort();
      assert.equal(days.length, 40);
      const taken = () =>
        rowsFound('SELECT 1 FROM stats_snapshot_days WHERE tenant_id = $1 AND day = ANY($2)', [
          ids.hotel,
          days,
        ]);
      await until(async () => (await taken()) === days.length, 'every day taken again');
      await bothRunAgain();
      const writes = (await witness.since(mark, 'stats_snapshot_days')).filter(
        (w) => w.row.tenant_id === ids.hotel,
      );
      assert.deepEqual(writes.map((w) => w.row.day).sort(), days, 'each day written once');
    });

    it('VOTE-3 a meeting whose window closes is frozen once while both nodes run the job', async () => {
      const mark = await witness.mark();
      const { rows } = await sql<{ id: string }>(
        `UPDATE meetings SET closes_at = clock_timestamp()
          WHERE id = (SELECT id FROM meetings WHERE tenant_id = $1 AND results_frozen_at IS NULL
                         AND opens_at < clock_timestamp() ORDER BY closes_at LIMIT 1)
          RETURNING id`,
        [ids.lesna],
      );
      const meetingId = rows[0]?.id;
      assert.ok(meetingId, 'the demo has an open meeting');
      const frozen = () =>
        rowsFound('SELECT 1 FROM meetings WHERE id = $1 AND results_frozen_at IS NOT NULL', [
          meetingId,
        ]);
      await until(async () => (await frozen()) === 1, 'frozen');
      await bothRunAgain();
      const writes = await witness.since(mark, 'meetings');
      assert.deepEqual(
        writes.map((w) => w.row.id),
        [meetingId],
      );
      const untallied = 'SELECT 1 FROM resolutions WHERE meeting_id = $1 AND passed IS NULL';
      assert.equal(await rowsFound(untallied, [meetingId]), 0, 'every resolution has its result');
    });

    /** The entries booked for a payment: one, or a payment booked twice. */
    const booked = async (paymentId: string) =>
      (
        await sql<{ amount: number }>(
          `SELECT amount::int AS amount FROM account_entries
            WHERE source = 'payment' AND reference = $1`,
          [paymentId],
        )
      ).rows.map((r) => r.amount);

    /** Anna asks to pay `amount` online, the same request sent to the given nodes at once. */
    async function pay(amount: number, nodes: number[] = [0]) {
      const signedIn = await signIn(anna, {});
      const { accessToken } = (await signedIn.json()) as Session;
      const key = randomUUID();
      const answers = await Promise.all(
        nodes.map((node) =>
          call(`/accounts/${ids.account12}/payments`, {
            method: 'POST',
            token: accessToken,
            node,
            headers: { 'idempotency-key': key },
            json: {
              paymentTypeId: ids.onlineType,
              amount,
              returnUrl: `${publicUrl}/lesna-5/?tab=payments`,
            },
          }),
        ),
      );
      for (const answer of answers) assert.equal(answer.status, 201, await answer.clone().text());
      const payments = (await Promise.all(answers.map((a) => a.json()))) as Payment[];
      assert.equal(new Set(payments.map((p) => p.id)).size, 1, 'one payment');
      const payment = payments[0] as Payment;
      const opened = sandbox.control.payments().filter((p) => p.reference === payment.id);
      assert.equal(opened.length, 1, 'opened once at the provider');
      return { payment, ref: opened[0]?.id ?? '' };
    }

    const deliveriesOf = (paymentId: string) =>
      sandbox.control.deliveries().filter((d) => d.event.data.payment.reference === paymentId);

    /** Runs `held` with the provider's notices kept back, then lets them go and waits for them. */
    async function noticesHeld<T>(held: () => Promise<T>): Promise<T> {
      sandbox.control.holdDeliveries();
      try {
        return await held();
      } finally {
        sandbox.control.releaseDeliveries();
        await sandbox.control.deliveriesSettled();
      }
    }

    it('FIN-2 a payment whose notice was lost is reconciled and booked once while both nodes run the job', async () => {
      const paymentId = await noticesHeld(async () => {
        const { payment, ref } = await pay(1501);
        sandbox.control.complete(ref, 'succeeded');
        // past the quiet time the reconciliation leaves to the notice (payments/online/reconcile.ts)
        await sql(
          "UPDATE payments SET created_at = created_at - interval '2 minutes' WHERE id = $1",
          [payment.id],
        );
        await until(async () => (await booked(payment.id)).length > 0, 'booked');
        await bothRunAgain();
        assert.deepEqual(await booked(payment.id), [1501]);
        return payment.id;
      });
      assert.deepEqual(
        deliveriesOf(paymentId).map((d) => d.attempts.map((a) => a.status)),
        [[204]],
        'the late notice is taken',
      );
      assert.deepEqual(await booked(paymentId), [1501], 'and books nothing more');
    });

    it('FIN-2 a payment asked on both nodes under one key is one, and its signed notice sent to both at once and again books it once', async () => {
      const paymentId = await noticesHeld(async () => {
        // a retry under the same Idempotency-Key may reach the other node while the first runs
        const { payment, ref } = await pay(1502, [0, 1]);
        sandbox.control.complete(ref, 'succeeded');
        const [held] = deliveriesOf(payment.id);
        assert.ok(held);
        const body = JSON.stringify(held.event);
        const notify = (node?: number) =>
          call('/payment-events/sandbox', {
            method: 'POST',
            node,
            headers: {
              'content-type': 'application/json',
              [signatureHeader]: signatureOf(
                sandbox.control.webhookSecret,
                Math.floor(Date.now() / 1000),
                body,
              ),
            },
            body,
          });
        const atOnce = await Promise.all([notify(0), notify(1)]);
        assert.deepEqual(
          atOnce.map((r) => [servedBy(r), r.status]),
          [
            [0, 204],
            [1, 204],
          ],
        );
        assert.equal((await notify()).status, 204, 'replayed');
        assert.deepEqual(await booked(payment.id), [1502]);
        const events = 'SELECT 1 FROM payment_events WHERE payment_id = $1';
        assert.equal(await rowsFound(events, [payment.id]), 1, 'the event handled once');
        return payment.id;
      });
      assert.deepEqual(
        await booked(paymentId),
        [1502],
        'the provider’s own notice books nothing more',
      );
    });
  },
);

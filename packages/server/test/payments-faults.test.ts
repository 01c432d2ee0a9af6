import { randomUUID } from 'node:crypto';
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { reconcileOnlinePayments } from '../src/payments/online/reconcile.js';
import { reconcilePointsPayments } from '../src/payments/points/reconcile.js';
import type { Payment, PaymentType } from '../src/payments/types.js';
import { engines } from './databases.js';
import { problemOf, useServer } from './helpers.js';
import { useLoyaltySandbox } from './loyalty-sandbox-service.js';
import { usePaymentSandbox } from './payment-sandbox-service.js';
import { createPaymentsLab, type PaymentsLab } from './payments-lab.js';

// The payment and loyalty providers slow, down and flapping, each its sandbox on a port of its
// own, spoken to over HTTP with a timeout of 500 ms. Waits of the reconciliation are read from
// the payments and made to pass by moving checked_at, never slept through.

const program = 'faults-rub';
let cardSerial = 0;
const freshCard = () => `7300000000${String(++cardSerial).padStart(6, '0')}`;
/** Longer than the adapters' timeout (500 ms): the server has given up by then. */
const slowMs = 2000;
const quietLog = { error: () => undefined };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(done: () => boolean, what: string) {
  for (let i = 0; i < 100 && !done(); i++) await sleep(50);
  assert.ok(done(), what);
}

/** 503 provider_unavailable with Retry-After: nothing was paid, try again later. */
async function assertUnavailable(response: Response) {
  assert.equal(response.status, 503, await response.clone().text());
  assert.equal(response.headers.get('retry-after'), '5');
  const problem = await problemOf(response);
  assert.deepEqual([problem.code, problem.retryAfter], ['provider_unavailable', 5]);
}

async function created(response: Response): Promise<Payment> {
  assert.equal(response.status, 201, await response.clone().text());
  return (await response.json()) as Payment;
}

/** The answer, and whether it came before the slow provider's answer could have. */
async function beforeSlowAnswer(request: () => Promise<Response>) {
  const started = performance.now();
  const response = await request();
  assert.ok(performance.now() - started < slowMs, 'the request did not wait for the provider');
  return response;
}

for (const engine of engines) {
  describe(`payments with failing providers on ${engine.name}`, () => {
    const payments = usePaymentSandbox();
    const loyalty = useLoyaltySandbox([], 500);
    const server = useServer(engine, {
      statsScheduler: false,
      paymentReconciliation: false,
      paymentProviders: { payments: payments.provider, loyalty: loyalty.provider },
    });
    let lab: PaymentsLab;
    let online: PaymentType;
    let points: PaymentType;

    before(async () => {
      lab = await createPaymentsLab(server(), 'faults-lab');
      online = await lab.addType({ name: 'Karta online', kind: 'money' });
      points = await lab.addType({
        name: 'Бонусные рубли',
        kind: 'points',
        loyaltyProgram: program,
        loyaltyCurrency: 'RUB',
        maxPercent: 100,
        pointValue: 100,
      });
      for (const account of [lab.accounts.a1, lab.accounts.a2]) {
        await lab.setBalance(account, -1_000_000);
      }
    });

    /** The owner of flat 1 pays online, under the key. */
    const payOnline = async (key: string, amount: number) =>
      (await lab.as('owner'))(`/accounts/${lab.accounts.a1}/payments`, {
        method: 'POST',
        headers: { 'idempotency-key': key },
        json: { paymentTypeId: online.id, amount, returnUrl: `${server().url}/` },
      });
    /** The neighbour of flat 2 pays with points of the card, under the key. */
    const payPoints = async (key: string, cardNumber: string, count: number) =>
      (await lab.as('neighbour'))(`/accounts/${lab.accounts.a2}/points-payments`, {
        method: 'POST',
        headers: { 'idempotency-key': key },
        json: { paymentTypeId: points.id, cardNumber, points: count },
      });

    /** The payment a key made, as stored, with what it booked. */
    const stored = (key: string) =>
      lab.sql(async (sql) => {
        const { rows } = await sql.query<{
          id: string;
          status: string;
          ref: string | null;
          checkFailures: number;
          booked: string[];
        }>(
          `SELECT p.id, p.status, p.provider_ref AS ref, p.check_failures AS "checkFailures",
                  array(SELECT e.amount::text FROM account_entries e
                         WHERE e.source = 'payment' AND e.reference = p.id::text) AS booked
             FROM payments p WHERE p.request_key = $1`,
          [key],
        );
        return rows;
      });
    /** The one payment a key made. */
    const madeBy = async (key: string) => {
      const rows = await stored(key);
      assert.equal(rows.length, 1, `one payment under ${key}`);
      return rows[0] as (typeof rows)[number];
    };
    /** Sets when the payments were made and last checked, `seconds` ago. */
    const aged = (ids: string[], q: { made?: number; checked?: number }) =>
      lab.sql((sql) =>
        sql.query(
          `UPDATE payments
              SET created_at = coalesce(clock_timestamp() - make_interval(secs => $2), created_at),
                  checked_at = coalesce(clock_timestamp() - make_interval(secs => $3), checked_at)
            WHERE id = ANY($1::uuid[])`,
          [ids, q.made ?? null, q.checked ?? null],
        ),
      );
    const atProvider = (paymentId: string) =>
      payments.control.payments().filter((p) => p.reference === paymentId);
    /** The person pays on the provider's page; the provider's notice of it never arrives. */
    async function paidNoticeLost(paymentId: string) {
      const [opened] = atProvider(paymentId);
      assert.ok(opened, 'opened at the provider');
      payments.control.dropDeliveries(1);
      payments.control.complete(opened.id, 'succeeded');
      await payments.control.deliveriesSettled();
    }
    const debitsOf = (cardNumber: string) =>
      loyalty.control.debits().filter((d) => d.cardNumber === cardNumber);

    it('FIN-2 a provider slower than the timeout: the request ends before it answers, as 503 with Retry-After, the payment waits unopened and unbooked; the retry with the key, before or after the late answer, opens one payment there, booked once', async () => {
      const before = await lab.balance(lab.accounts.a1);
      for (const retried of ['before the late answer', 'after the late answer']) {
        const key = randomUUID();
        payments.control.fail(1, { how: 'slow', on: 'create', delayMs: slowMs });
        await assertUnavailable(await beforeSlowAnswer(() => payOnline(key, 500)));
        const waiting = await madeBy(key);
        assert.deepEqual(
          [waiting.status, waiting.ref, waiting.booked],
          ['pending', null, []],
          retried,
        );
        if (retried === 'after the late answer') {
          await until(() => atProvider(waiting.id).length > 0, 'the late answer came');
        }
        const payment = await created(await payOnline(key, 500));
        assert.deepEqual([payment.id, payment.status], [waiting.id, 'pending'], retried);
        // the late answer to the first call comes after the retry: still one payment there
        if (retried === 'before the late answer') await sleep(slowMs);
        const [opened, ...more] = atProvider(payment.id);
        assert.deepEqual([opened?.id, more], [(await madeBy(key)).ref, []], retried);

        payments.control.complete(opened?.id ?? '', 'succeeded');
        await payments.control.deliveriesSettled();
        assert.deepEqual((await madeBy(key)).booked, ['500'], retried);
      }
      assert.equal(await lab.balance(lab.accounts.a1), before + 1000);
    });

    it('FIN-2 a provider down: the reconciliation asks after a paid payment again only once each wait is over, the wait doubling (10, 20, 40 min, at most an hour), and books it once the provider is back', async () => {
      const key = randomUUID();
      const payment = await created(await payOnline(key, 501));
      await paidNoticeLost(payment.id);
      await aged([payment.id], { made: 15 * 60 });
      const pass = () => reconcileOnlinePayments(server().app.db, payments.provider, quietLog);
      payments.control.fail(100, { on: 'status' });
      try {
        assert.equal(await pass(), 0);
        assert.equal((await madeBy(key)).checkFailures, 1);
        for (const [failures, wait] of [
          [1, 600],
          [2, 1200],
          [3, 2400],
          [4, 3600],
          [5, 3600],
        ] as const) {
          await aged([payment.id], { checked: wait - 60 });
          await pass();
          assert.equal((await madeBy(key)).checkFailures, failures, `not asked before ${wait} s`);
          await aged([payment.id], { checked: wait + 60 });
          await pass();
          assert.equal((await madeBy(key)).checkFailures, failures + 1, `asked after ${wait} s`);
        }
      } finally {
        payments.control.recover();
      }
      await aged([payment.id], { checked: 3600 + 60 });
      assert.equal(await pass(), 1);
      const settled = await madeBy(key);
      assert.deepEqual([settled.status, settled.booked], ['succeeded', ['501']]);
      assert.equal(await pass(), 0, 'booked once');
    });

    it('FIN-2 a flapping provider (every other call fails): each refused click’s retry with its key carries the same payment on, and the reconciliation, asking again after each failure, books every payment exactly once', async () => {
      const before = await lab.balance(lab.accounts.a1);
      const amounts = [502, 503, 504];
      const keys = amounts.map(() => randomUUID());
      let refused = 0;
      payments.control.flap();
      try {
        for (const [i, amount] of amounts.entries()) {
          const key = keys[i] ?? '';
          let answer = await payOnline(key, amount);
          if (answer.status === 503) {
            refused++;
            await assertUnavailable(answer);
            answer = await payOnline(key, amount);
          }
          const payment = await created(answer);
          assert.equal(atProvider(payment.id).length, 1, `${amount}: one payment there`);
          await paidNoticeLost(payment.id);
        }
        assert.ok(refused > 0, 'some clicks were refused');
        const ids = await Promise.all(keys.map(async (key) => (await madeBy(key)).id));
        await aged(ids, { made: 15 * 60 });
        let backedOff = 0;
        for (let pass = 0; pass < 10; pass++) {
          await reconcileOnlinePayments(server().app.db, payments.provider, quietLog);
          const made = await Promise.all(keys.map(madeBy));
          backedOff = Math.max(backedOff, ...made.map((p) => p.checkFailures));
          if (made.every((p) => p.status === 'succeeded')) break;
          // as if the waits were over
          await aged(ids, { checked: 3600 + 60 });
        }
        assert.ok(backedOff > 0, 'a failed check made its payment wait');
      } finally {
        payments.control.recover();
      }
      const booked = await Promise.all(keys.map(async (key) => (await madeBy(key)).booked));
      assert.deepEqual(booked, [['502'], ['503'], ['504']]);
      assert.equal(await lab.balance(lab.accounts.a1), before + 502 + 503 + 504);
    });

    it('FIN-6 a loyalty program slower than the timeout: the payment ends before it answers, as 503; the points it then takes are booked once, by the retry with the key or else by the reconciliation', async () => {
      const before = await lab.balance(lab.accounts.a2);
      for (const settler of ['the retry', 'the reconciliation']) {
        const card = freshCard();
        loyalty.control.setBalance(program, card, 100);
        const key = randomUUID();
        loyalty.control.fail(1, { how: 'slow', on: 'debit', delayMs: slowMs });
        await assertUnavailable(await beforeSlowAnswer(() => payPoints(key, card, 10)));
        const waiting = await madeBy(key);
        assert.deepEqual([waiting.status, waiting.booked], ['pending', []], settler);
        await until(() => debitsOf(card).length > 0, 'the late debit came');

        if (settler === 'the retry') {
          const paid = await created(await payPoints(key, card, 10));
          assert.deepEqual([paid.id, paid.status], [waiting.id, 'succeeded']);
        } else {
          await aged([waiting.id], { made: 120 });
          const log = { error: (details: object) => assert.fail(JSON.stringify(details)) };
          assert.equal(await reconcilePointsPayments(server().app.db, loyalty.provider, log), 1);
          const ended = await created(await payPoints(key, card, 10));
          assert.equal(ended.status, 'succeeded', 'a retry afterwards is answered as it ended');
        }
        assert.deepEqual((await madeBy(key)).booked, ['1000'], settler);
        assert.equal(debitsOf(card).length, 1, `${settler}: debited once`);
        assert.equal(loyalty.control.balance(program, card), 90);
      }
      assert.equal(await lab.balance(lab.accounts.a2), before + 2000);
    });

    it('FIN-6 a flapping loyalty program: look-up, debit and reconciliation fail in turn, yet each payment’s points are taken once and booked once, a debit whose answer was lost by the reconciliation, which waits longer after each failure', async () => {
      const before = await lab.balance(lab.accounts.a2);
      const card = freshCard();
      loyalty.control.setBalance(program, card, 100);
      const clicked = randomUUID();
      const lost = randomUUID();
      loyalty.control.flap();
      try {
        let answer: Response | undefined;
        let tries = 0;
        while (tries < 5 && (answer?.status ?? 503) === 503) {
          answer = await payPoints(clicked, card, 10);
          tries++;
        }
        assert.equal((await created(answer as Response)).status, 'succeeded');
        assert.ok(tries > 1, 'refused before it went through');

        loyalty.control.recover();
        loyalty.control.fail(1, { how: 'lost', on: 'debit' });
        await assertUnavailable(await payPoints(lost, card, 7));
        const waiting = await madeBy(lost);
        assert.equal(waiting.status, 'pending');
        assert.equal(debitsOf(card).length, 2, 'the program took the points all the same');

        loyalty.control.flap();
        await aged([waiting.id], { made: 120 });
        const pass = () => reconcilePointsPayments(server().app.db, loyalty.provider, quietLog);
        assert.equal(await pass(), 0, 'the first check fails');
        assert.equal((await madeBy(lost)).checkFailures, 1);
        assert.equal(await pass(), 0, 'not asked again before its wait is over');
        assert.equal((await madeBy(lost)).checkFailures, 1);
        await aged([waiting.id], { checked: 2 * 60 + 10 });
        assert.equal(await pass(), 1);
      } finally {
        loyalty.control.recover();
      }
      assert.deepEqual(
        [(await madeBy(clicked)).booked, (await madeBy(lost)).booked],
        [['1000'], ['700']],
      );
      assert.equal(debitsOf(card).length, 2);
      assert.equal(loyalty.control.balance(program, card), 100 - 10 - 7);
      assert.equal(await lab.balance(lab.accounts.a2), before + 1700);
    });
  });
}

import { randomUUID } from 'node:crypto';
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { one } from '../src/db/scope.js';
import { ApiProblem } from '../src/errors/problem.js';
import { openPointsPayment, startPointsPayment } from '../src/payments/points/open.js';
import { reconcilePointsPayments } from '../src/payments/points/reconcile.js';
import { HttpLoyaltyProvider } from '../src/payments/providers/http-loyalty-provider.js';
import { ProviderRefused, ProviderUnavailable } from '../src/payments/providers/types.js';
import type { Viewer } from '../src/people/viewer.js';
import type { AccountEntryPage, Payment, PaymentType, PointsQuote } from '../src/payments/types.js';
import { engines } from './databases.js';
import { problemOf, signIns, useServer } from './helpers.js';
import { useLoyaltySandbox } from './loyalty-sandbox-service.js';
import { createPaymentsLab, type PaymentsLab, type Who } from './payments-lab.js';

// The loyalty program is its sandbox on a server of its own, spoken to over HTTP as the real
// one would be; the test holds its control to fail calls and read its books.
const cards = {
  fifty: '7100000000000050',
  fiveHundred: '7100000000000500',
} as const;
/** The lab's loyalty program at the provider; its types name it. */
const program = 'lab-rub';

/** A card of its own for a test, with a balance. */
let cardSerial = 1000;
const freshCard = () => `72000000000${++cardSerial}`;

for (const engine of engines) {
  describe(`loyalty points on ${engine.name}`, () => {
    // short, so a call the sandbox leaves hanging gives up quickly
    const sandbox = useLoyaltySandbox(
      [
        { program, number: cards.fifty, balance: 50 },
        { program, number: cards.fiveHundred, balance: 500 },
      ],
      1_000,
    );
    const loyalty = sandbox.provider;
    const server = useServer(engine, {
      statsScheduler: false,
      paymentProviders: { loyalty },
      paymentReconciliation: false,
    });
    let lab: PaymentsLab;
    let points: PaymentType;

    before(async () => {
      lab = await createPaymentsLab(server(), 'points-lab');
      // FIN-5: at most 10 % of the debt, one point worth 1,00 ₽ (100 kopecks)
      points = await lab.addType({
        name: 'Бонусные рубли',
        kind: 'points',
        loyaltyProgram: program,
        loyaltyCurrency: 'RUB',
        maxPercent: 10,
        pointValue: 100,
      });
    });

    async function json<T>(response: Response, status: number): Promise<T> {
      assert.equal(response.status, status, await response.clone().text());
      return (await response.json()) as T;
    }
    const quote = async (
      who: Who,
      accountId: string,
      cardNumber: string,
      paymentTypeId = points.id,
    ) =>
      (await lab.as(who))(`/accounts/${accountId}/points-quote`, {
        method: 'POST',
        json: { paymentTypeId, cardNumber },
      });
    const pay = async (
      who: Who,
      accountId: string,
      body: { cardNumber: string; points: number; paymentTypeId?: string },
      { key = randomUUID(), locale }: { key?: string; locale?: string } = {},
    ) =>
      (await lab.as(who))(`/accounts/${accountId}/points-payments`, {
        method: 'POST',
        headers: { 'idempotency-key': key, ...(locale && { 'accept-language': locale }) },
        json: { paymentTypeId: points.id, ...body },
      });
    /** The field errors of a refusal: [field, code, params]. */
    const refusal = async (response: Response, status = 422) => {
      assert.equal(response.status, status, await response.clone().text());
      const problem = await problemOf(response);
      return {
        code: problem.code,
        errors: (problem.errors ?? []).map((e) => [e.field, e.code, e.params ?? {}]),
      };
    };
    /** The payments on an account (or with a card's last four digits), oldest first. */
    const paymentsWhere = (column: 'account_id' | 'card_last4', value: string) =>
      lab.sql(async (sql) => {
        const { rows } = await sql.query<{
          id: string;
          status: string;
          failure: string | null;
          points: string;
          amount: string;
          providerRef: string | null;
        }>(
          `SELECT id, status, failure, points::text AS points, amount::text AS amount,
                  provider_ref AS "providerRef"
             FROM payments WHERE ${column} = $1 ORDER BY created_at, id`,
          [value],
        );
        return rows;
      });
    const paymentsOf = (accountId: string) => paymentsWhere('account_id', accountId);
    const paymentsWithCard = (card: string) => paymentsWhere('card_last4', card.slice(-4));
    /** The entries booked for payments, by the payment they book. */
    const bookedFor = (paymentIds: string[]) =>
      lab.sql(async (sql) => {
        const { rows } = await sql.query<{ reference: string; amount: string }>(
          `SELECT reference, amount::text AS amount FROM account_entries
            WHERE source = 'payment' AND reference = ANY($1::text[])`,
          [paymentIds],
        );
        return rows;
      });
    const debitsOf = (cardNumber: string) =>
      sandbox.control.debits().filter((d) => d.cardNumber === cardNumber);
    /** Someone of the lab as the handlers see them, on the unit of the account. */
    const viewerOf = async (who: Who, accountId: string): Promise<Viewer> =>
      lab.sql(async (sql) => {
        const row = one(
          await sql.query<{ personId: string; unitId: string }>(
            `SELECT p.id AS "personId", a.unit_id AS "unitId" FROM people p, accounts a
              WHERE p.tenant_id = $1 AND p.email LIKE $2 AND a.id = $3`,
            [lab.tenantId, `${who}@%`, accountId],
          ),
        );
        return { personId: row.personId, locale: 'ru', staffRole: null, unitIds: [row.unitId] };
      });
    /** Ends the account's pending points payments a test made past the handlers. */
    const failPending = (accountId: string) =>
      lab.sql((sql) =>
        sql.query(
          `UPDATE payments SET status = 'failed', failure = 'declined', completed_at = now()
            WHERE account_id = $1 AND status = 'pending'`,
          [accountId],
        ),
      );

    /**
     * Runs requests at once. On PostgreSQL the accounts' rows are held beside the server until
     * every request waits on them, so all have looked their card up and then go together;
     * PGlite is one connection, where transactions never overlap. Whether they were held.
     */
    async function together(
      accountIds: string[],
      requests: () => Promise<Response>[],
    ): Promise<{ answers: Response[]; held: boolean }> {
      const { database } = server();
      if (!('url' in database && database.url)) {
        return { answers: await Promise.all(requests()), held: false };
      }
      const side = new pg.Client({ connectionString: database.url });
      await side.connect();
      await side.query('BEGIN');
      await side.query('SELECT 1 FROM accounts WHERE id = ANY($1::uuid[]) FOR UPDATE', [
        accountIds,
      ]);
      const racing = Promise.all(requests());
      let waiting = 0;
      for (let i = 0; i < 400 && waiting < 2; i++) {
        await new Promise((resolve) => setTimeout(resolve, 25));
        const { rows } = await side.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM pg_stat_activity
            WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        );
        waiting = rows[0]?.n ?? 0;
      }
      await side.query('COMMIT');
      await side.end();
      assert.equal(waiting, 2, 'both requests waited on the accounts');
      return { answers: await racing, held: true };
    }

    it('FIN-6 the loyalty sandbox takes a card’s last points once, however many debits come at once', async () => {
      const card = freshCard();
      sandbox.control.setBalance(program, card, 100);
      const results = await Promise.all(
        Array.from({ length: 20 }, () =>
          loyalty.debit({ program, cardNumber: card, points: 10, key: randomUUID() }),
        ),
      );
      assert.equal(results.filter((r) => r.kind === 'debited').length, 10);
      assert.equal(results.filter((r) => r.kind === 'insufficient').length, 10);
      assert.equal(sandbox.control.balance(program, card), 0);
    });

    it('FIN-6 a balance that is not negative refuses points: the quote offers none, a payment is 422 nothing_owed', async () => {
      for (const balance of [0, 500]) {
        await lab.setBalance(lab.accounts.a1, balance);
        const offered = await json<PointsQuote>(
          await quote('owner', lab.accounts.a1, cards.fiveHundred),
          200,
        );
        assert.deepEqual(offered, {
          paymentTypeId: points.id,
          card: '•••• 0500',
          cardBalance: 500,
          debt: 0,
          maxPercent: 10,
          pointValue: 100,
          available: 0,
        });
        assert.deepEqual(
          await refusal(
            await pay('owner', lab.accounts.a1, { cardNumber: cards.fiveHundred, points: 1 }),
          ),
          { code: 'payment_rejected', errors: [['points', 'nothing_owed', {}]] },
        );
      }
      assert.deepEqual(await paymentsOf(lab.accounts.a1), [], 'no payment recorded');
      assert.equal(debitsOf(cards.fiveHundred).length, 0, 'nothing debited');
      assert.equal(await lab.balance(lab.accounts.a1), 500);
    });

    it('FIN-6 a debt of 1 234,56 at 10 % with a point worth 1,00: a card of 50 points may pay 50, one of 500 pays 123', async () => {
      await lab.setBalance(lab.accounts.a1, -123456);
      // 10 % of 123 456 kopecks is 12 345,6 kopecks; at 100 kopecks a point, 123,456 points,
      // rounded down to 123. The card of 50 holds fewer than that: 50.
      const small = await json<PointsQuote>(
        await quote('owner', lab.accounts.a1, cards.fifty),
        200,
      );
      assert.deepEqual(small, {
        paymentTypeId: points.id,
        card: '•••• 0050',
        cardBalance: 50,
        debt: 123456,
        maxPercent: 10,
        pointValue: 100,
        available: 50,
      });
      const large = await json<PointsQuote>(
        await quote('resident', lab.accounts.a1, cards.fiveHundred),
        200,
      );
      assert.deepEqual(large, { ...small, card: '•••• 0500', cardBalance: 500, available: 123 });
    });

    it('FIN-6 one point over what is available is 422 points_over_available with its limit, in ru, pl and en', async () => {
      const messages = {
        ru: 'Сейчас можно оплатить не больше 123 балла.',
        pl: 'Teraz można zapłacić najwyżej 123 punkty.',
        en: 'At most 123 points can pay now.',
      };
      for (const [locale, message] of Object.entries(messages)) {
        const response = await pay(
          'owner',
          lab.accounts.a1,
          { cardNumber: cards.fiveHundred, points: 124 },
          { locale },
        );
        assert.equal(response.status, 422);
        const problem = await problemOf(response);
        assert.equal(problem.code, 'payment_rejected');
        assert.deepEqual(problem.errors, [
          { field: 'points', code: 'points_over_available', message, params: { limit: 123 } },
        ]);
      }
      // the card is the limit when it holds less than the cap
      assert.deepEqual(
        await refusal(await pay('owner', lab.accounts.a1, { cardNumber: cards.fifty, points: 51 })),
        { code: 'payment_rejected', errors: [['points', 'points_over_available', { limit: 50 }]] },
      );
      assert.deepEqual(await paymentsOf(lab.accounts.a1), []);
      assert.equal(debitsOf(cards.fiveHundred).length + debitsOf(cards.fifty).length, 0);
    });

    it('FIN-6 123 points book 123 × 1,00 = 123,00 ₽, and the balance moves by exactly that', async () => {
      const paid = await json<Payment>(
        await pay('owner', lab.accounts.a1, { cardNumber: cards.fiveHundred, points: 123 }),
        201,
      );
      assert.deepEqual(paid, {
        id: paid.id,
        accountId: lab.accounts.a1,
        paymentTypeId: points.id,
        method: 'points',
        amount: 12300,
        currency: 'RUB',
        points: 123,
        status: 'succeeded',
        failure: null,
        redirectUrl: null,
        createdAt: paid.createdAt,
        completedAt: paid.completedAt,
      });
      assert.ok(paid.completedAt);
      // -123 456 + 12 300
      assert.equal(await lab.balance(lab.accounts.a1), -111156);
      assert.equal(sandbox.control.balance(program, cards.fiveHundred), 500 - 123);
      const [debit] = debitsOf(cards.fiveHundred);
      assert.equal(debit?.key, paid.id, 'debited under the payment’s id');
      assert.equal(debit?.points, 123);
      assert.deepEqual(await paymentsOf(lab.accounts.a1), [
        {
          id: paid.id,
          status: 'succeeded',
          failure: null,
          points: '123',
          amount: '12300',
          providerRef: debit?.id ?? '',
        },
      ]);
      const history = await json<AccountEntryPage>(
        await (
          await lab.as('owner')
        )(`/accounts/${lab.accounts.a1}/entries`),
        200,
      );
      assert.deepEqual(
        history.items.filter((e) => e.method === 'points').map((e) => [e.kind, e.amount]),
        [['payment', 12300]],
      );
      // what is left: 10 % of 111 156 kopecks is 11 115,6; 111 points
      const after = await json<PointsQuote>(
        await quote('owner', lab.accounts.a1, cards.fiveHundred),
        200,
      );
      assert.deepEqual([after.debt, after.cardBalance, after.available], [111156, 377, 111]);
    });

    it('FIN-6 a pending points payment counts as paid: only the rest of the cap is available', async () => {
      const pendingId = await lab.sql(
        async (sql) =>
          one(
            await sql.query<{ id: string }>(
              `INSERT INTO payments (tenant_id, account_id, payment_type_id, method, amount, points,
                                   card_last4, provider, request_key, created_by)
             SELECT $1, $2, $3, 'points', 10000, 100, '9999', 'sandbox-loyalty', $4, id
               FROM people WHERE tenant_id = $1 AND email LIKE 'owner@%'
             RETURNING id`,
              [lab.tenantId, lab.accounts.a1, points.id, randomUUID()],
            ),
          ).id,
      );
      // (111 156 - 10 000) kopecks × 10 % = 10 115,6 kopecks: 101 points
      const offered = await json<PointsQuote>(
        await quote('owner', lab.accounts.a1, cards.fiveHundred),
        200,
      );
      assert.equal(offered.debt, 111156, 'the debt itself is as booked');
      assert.equal(offered.available, 101);
      assert.deepEqual(
        await refusal(
          await pay('owner', lab.accounts.a1, { cardNumber: cards.fiveHundred, points: 102 }),
        ),
        { code: 'payment_rejected', errors: [['points', 'points_over_available', { limit: 101 }]] },
      );
      await lab.sql((sql) =>
        sql.query(
          `UPDATE payments SET status = 'failed', failure = 'declined', completed_at = now()
            WHERE id = $1`,
          [pendingId],
        ),
      );
      const free = await json<PointsQuote>(
        await quote('owner', lab.accounts.a1, cards.fiveHundred),
        200,
      );
      assert.equal(free.available, 111, 'a failed one no longer counts');
    });

    it('FIN-6 two payments from one card at once, holding enough for one: debited once, booked once', async () => {
      const card = freshCard();
      sandbox.control.setBalance(program, card, 100);
      await lab.setBalance(lab.accounts.a2, -500000);
      const [a1Before, a2Before] = [
        await lab.balance(lab.accounts.a1),
        await lab.balance(lab.accounts.a2),
      ];
      const { answers, held } = await together([lab.accounts.a1, lab.accounts.a2], () => [
        pay('owner', lab.accounts.a1, { cardNumber: card, points: 100 }),
        pay('neighbour', lab.accounts.a2, { cardNumber: card, points: 100 }),
      ]);
      assert.deepEqual(answers.map((r) => r.status).sort(), [201, 422]);
      const refused = answers.find((r) => r.status === 422) as Response;
      const [error] = (await refusal(refused)).errors;
      // both looked the card up before either debit (always, when held): the program refuses
      // the second debit; else the second saw the card empty at its look-up
      const raced = error?.[1] === 'insufficient_points';
      assert.ok(raced || !held, 'held, both reach the program');
      assert.deepEqual(error, [
        'points',
        raced ? 'insufficient_points' : 'points_over_available',
        { limit: 0 },
      ]);
      assert.equal(debitsOf(card).length, 1, 'one debit');
      assert.equal(sandbox.control.balance(program, card), 0);
      const made = await paymentsWithCard(card);
      assert.deepEqual(
        made.map((p) => [p.status, p.failure]).sort(),
        raced
          ? [
              ['failed', 'insufficient_points'],
              ['succeeded', null],
            ]
          : [['succeeded', null]],
      );
      const booked = await bookedFor(made.map((p) => p.id));
      assert.deepEqual(
        booked.map((b) => b.amount),
        ['10000'],
        'one entry',
      );
      const moved =
        (await lab.balance(lab.accounts.a1)) -
        a1Before +
        (await lab.balance(lab.accounts.a2)) -
        a2Before;
      assert.equal(moved, 10000);
    });

    it('FIN-6 two payments on one account at once never pass its cap together', async () => {
      // its own account: 100,00 ₽ owed, a type paying all of it, so the cap is 100 points
      const accountId = await lab.sql(
        async (sql) =>
          one(
            await sql.query<{ id: string }>(
              `INSERT INTO accounts (tenant_id, unit_id, number)
             SELECT tenant_id, unit_id, 'LAB-1B' FROM accounts WHERE id = $1 RETURNING id`,
              [lab.accounts.a1],
            ),
          ).id,
      );
      await lab.setBalance(accountId, -10000);
      const whole = await lab.addType({
        name: 'Всё баллами',
        kind: 'points',
        loyaltyProgram: program,
        loyaltyCurrency: 'points',
        maxPercent: 100,
        pointValue: 100,
      });
      const [cardA, cardB] = [freshCard(), freshCard()];
      sandbox.control.setBalance(program, cardA, 100);
      sandbox.control.setBalance(program, cardB, 100);
      const { answers } = await together([accountId], () =>
        [cardA, cardB].map((cardNumber) =>
          pay('owner', accountId, { cardNumber, points: 60, paymentTypeId: whole.id }),
        ),
      );
      assert.deepEqual(answers.map((r) => r.status).sort(), [201, 422]);
      // the second saw the first pending: (10 000 - 6 000) × 100 % = 4 000 kopecks, 40 points
      const refused = answers.find((r) => r.status === 422) as Response;
      assert.deepEqual((await refusal(refused)).errors, [
        ['points', 'points_over_available', { limit: 40 }],
      ]);
      assert.equal(await lab.balance(accountId), -4000);
      assert.equal(debitsOf(cardA).length + debitsOf(cardB).length, 1);
    });

    it('FIN-6 fifty requests at once with one Idempotency-Key make one payment and one debit', async () => {
      const card = freshCard();
      sandbox.control.setBalance(program, card, 1000);
      const before = await lab.balance(lab.accounts.a2);
      const key = randomUUID();
      const answers = await Promise.all(
        Array.from({ length: 50 }, () =>
          pay('neighbour', lab.accounts.a2, { cardNumber: card, points: 7 }, { key }),
        ),
      );
      assert.deepEqual(new Set(answers.map((r) => r.status)), new Set([201]));
      const ids = new Set(
        await Promise.all(answers.map(async (r) => ((await r.json()) as Payment).id)),
      );
      assert.equal(ids.size, 1, 'one payment');
      const [id = ''] = ids;
      const underKey = await lab.sql(
        async (sql) =>
          (await sql.query('SELECT 1 FROM payments WHERE request_key = $1', [key])).rowCount,
      );
      assert.equal(underKey, 1);
      assert.deepEqual(
        debitsOf(card).map((d) => [d.key, d.points]),
        [[id, 7]],
        'one debit',
      );
      assert.deepEqual(await bookedFor([id]), [{ reference: id, amount: '700' }]);
      assert.equal(await lab.balance(lab.accounts.a2), before + 700);
    });

    it('FIN-6 the program failing on the debit is 503 with Retry-After, books nothing, and the same key then pays once', async () => {
      const card = freshCard();
      sandbox.control.setBalance(program, card, 100);
      const before = await lab.balance(lab.accounts.a2);
      for (const how of ['error', 'hang', 'lost'] as const) {
        const key = randomUUID();
        const body = { cardNumber: card, points: 10 };
        sandbox.control.fail(1, { how, on: 'debit' });
        const failed = await pay('neighbour', lab.accounts.a2, body, { key });
        assert.equal(failed.status, 503, how);
        assert.equal(failed.headers.get('retry-after'), '5');
        const problem = await problemOf(failed);
        assert.deepEqual([problem.code, problem.retryAfter], ['provider_unavailable', 5]);
        const [pending] = await lab.sql(
          async (sql) =>
            (
              await sql.query<{ id: string; status: string }>(
                'SELECT id, status FROM payments WHERE request_key = $1',
                [key],
              )
            ).rows,
        );
        assert.equal(pending?.status, 'pending', `${how}: left pending for a retry`);
        assert.deepEqual(await bookedFor([pending?.id ?? '']), [], `${how}: nothing booked`);
        // a lost answer's debit was made; the others' never were
        assert.equal(
          debitsOf(card).filter((d) => d.key === pending?.id).length,
          how === 'lost' ? 1 : 0,
        );
        // a retry with the key but another body is another request
        assert.equal(
          (await refusal(await pay('neighbour', lab.accounts.a2, { ...body, points: 11 }, { key })))
            .code,
          'idempotency_key_reused',
        );
        const paid = await json<Payment>(
          await pay('neighbour', lab.accounts.a2, body, { key }),
          201,
        );
        assert.deepEqual([paid.id, paid.status, paid.amount], [pending?.id, 'succeeded', 1000]);
        assert.equal(
          debitsOf(card).filter((d) => d.key === paid.id).length,
          1,
          `${how}: one debit`,
        );
        assert.equal((await bookedFor([paid.id])).length, 1, `${how}: booked once`);
      }
      assert.equal(sandbox.control.balance(program, card), 100 - 3 * 10);
      assert.equal(await lab.balance(lab.accounts.a2), before + 3 * 1000);
    });

    it('FIN-6 the program failing on the card look-up is 503 and records no payment', async () => {
      sandbox.control.fail(1, { how: 'hang', on: 'lookup' });
      const key = randomUUID();
      const failed = await pay(
        'owner',
        lab.accounts.a1,
        { cardNumber: cards.fifty, points: 1 },
        { key },
      );
      assert.equal((await refusal(failed, 503)).code, 'provider_unavailable');
      sandbox.control.fail(1, { on: 'lookup' });
      assert.equal((await quote('owner', lab.accounts.a1, cards.fifty)).status, 503);
      const made = await lab.sql(
        async (sql) =>
          (await sql.query('SELECT 1 FROM payments WHERE request_key = $1', [key])).rowCount,
      );
      assert.equal(made, 0);
    });

    it('FIN-6 a crash between the debit and the booking is repaired by the reconciliation; no debit, the payment fails', async () => {
      const card = freshCard();
      sandbox.control.setBalance(program, card, 100);
      const before = await lab.balance(lab.accounts.a1);
      /** A pending points payment as a request left it, `ago` seconds old. */
      const leftPending = (pointsPaid: number, ago: number) =>
        lab.sql(
          async (sql) =>
            one(
              await sql.query<{ id: string }>(
                `INSERT INTO payments (tenant_id, account_id, payment_type_id, method, amount, points,
                                     card_last4, provider, request_key, created_by, created_at)
               SELECT $1, $2, $3, 'points', $4 * 100, $4, $5, 'sandbox-loyalty', $6, id,
                      clock_timestamp() - make_interval(secs => $7)
                 FROM people WHERE tenant_id = $1 AND email LIKE 'owner@%'
               RETURNING id`,
                [
                  lab.tenantId,
                  lab.accounts.a1,
                  points.id,
                  pointsPaid,
                  card.slice(-4),
                  randomUUID(),
                  ago,
                ],
              ),
            ).id,
        );
      const crashed = await leftPending(5, 120);
      const debit = await loyalty.debit({ program, cardNumber: card, points: 5, key: crashed });
      assert.equal(debit.kind, 'debited');
      const neverDebited = await leftPending(6, 120);
      const givenBack = await leftPending(7, 120);
      const back = await loyalty.debit({ program, cardNumber: card, points: 7, key: givenBack });
      if (back.kind !== 'debited') throw new Error('not debited');
      await loyalty.refund(back.ref);
      const recent = await leftPending(8, 5);
      await loyalty.debit({ program, cardNumber: card, points: 8, key: recent });

      const errors: object[] = [];
      const log = { error: (details: object) => void errors.push(details) };
      // the program down: nothing is settled, and the pass stops at the first failure
      sandbox.control.fail(1, { on: 'find' });
      assert.equal(await reconcilePointsPayments(server().app.db, loyalty, log), 0);
      assert.equal(errors.length, 1);
      // the payment it failed on waits longer for its next check: as if that wait were over
      await lab.sql((sql) =>
        sql.query(`UPDATE payments SET checked_at = checked_at - interval '1 hour' WHERE id = $1`, [
          crashed,
        ]),
      );

      assert.equal(await reconcilePointsPayments(server().app.db, loyalty, log), 3);
      const byId = new Map((await paymentsOf(lab.accounts.a1)).map((p) => [p.id, p]));
      assert.deepEqual(
        [crashed, neverDebited, givenBack, recent].map((id) => {
          const p = byId.get(id);
          return [p?.status, p?.failure, p?.providerRef];
        }),
        [
          ['succeeded', null, debit.kind === 'debited' ? debit.ref : ''],
          ['failed', 'declined', null],
          ['failed', 'declined', null],
          // a minute has not passed: its request may still be at it
          ['pending', null, null],
        ],
      );
      assert.deepEqual(await bookedFor([crashed, neverDebited, givenBack]), [
        { reference: crashed, amount: '500' },
      ]);
      // settled is settled: a second pass finds nothing
      assert.equal(await reconcilePointsPayments(server().app.db, loyalty, log), 0);
      assert.equal(await lab.balance(lab.accounts.a1), before + 500);
      // once the minute is over, the recent one is booked too
      await lab.sql((sql) =>
        sql.query(
          `UPDATE payments SET created_at = created_at - interval '2 minutes' WHERE id = $1`,
          [recent],
        ),
      );
      assert.equal(await reconcilePointsPayments(server().app.db, loyalty, log), 1);
      assert.equal(await lab.balance(lab.accounts.a1), before + 500 + 800);
      assert.equal(errors.length, 1);
    });

    it('FIN-6 a retry of a payment that ended is answered as it ended, and debits nothing more', async () => {
      const card = freshCard();
      sandbox.control.setBalance(program, card, 10);
      const body = { cardNumber: card, points: 10 };
      /** A payment left pending by the program failing on its debit. */
      const leftPending = async (key: string) => {
        sandbox.control.fail(1, { on: 'debit' });
        assert.equal((await pay('neighbour', lab.accounts.a2, body, { key })).status, 503);
      };
      // the card emptied meanwhile: the retry's debit is refused, and so is every later retry
      const refusedKey = randomUUID();
      await leftPending(refusedKey);
      await loyalty.debit({ program, cardNumber: card, points: 10, key: randomUUID() });
      assert.deepEqual(
        (await refusal(await pay('neighbour', lab.accounts.a2, body, { key: refusedKey }))).errors,
        [['points', 'insufficient_points', { limit: 0 }]],
      );
      sandbox.control.setBalance(program, card, 3);
      const debits = sandbox.control.calls().debit;
      assert.deepEqual(
        (await refusal(await pay('neighbour', lab.accounts.a2, body, { key: refusedKey }))).errors,
        [['points', 'insufficient_points', { limit: 3 }]],
        'with the card’s balance now',
      );
      // failed by the reconciliation, no debit made: the retry gets the payment as it ended
      sandbox.control.setBalance(program, card, 10);
      const declinedKey = randomUUID();
      await leftPending(declinedKey);
      await lab.sql((sql) =>
        sql.query(
          `UPDATE payments SET created_at = created_at - interval '2 minutes'
            WHERE request_key = $1`,
          [declinedKey],
        ),
      );
      const log = { error: () => undefined };
      assert.equal(await reconcilePointsPayments(server().app.db, loyalty, log), 1);
      const ended = await json<Payment>(
        await pay('neighbour', lab.accounts.a2, body, { key: declinedKey }),
        201,
      );
      assert.deepEqual([ended.status, ended.failure], ['failed', 'declined']);
      assert.equal(sandbox.control.calls().debit, debits + 1, 'only the one that failed');
      assert.equal(sandbox.control.balance(program, card), 10);
      assert.deepEqual(await bookedFor([ended.id]), []);
    });

    it('FIN-6 a booking that fails after the debit gives the points back and fails the payment', async () => {
      const card = freshCard();
      sandbox.control.setBalance(program, card, 100);
      const before = await lab.balance(lab.accounts.a2);
      const { pool } = server().app.db;
      // the database refusing this account's payment entries, as a failing disk would
      await pool.query(`
        CREATE FUNCTION refuse_lab_payment() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'booking refused by the test'; END $$`);
      await pool.query(
        `CREATE TRIGGER refuse_lab_payment BEFORE INSERT ON account_entries FOR EACH ROW
         WHEN (NEW.account_id = '${lab.accounts.a2}' AND NEW.source = 'payment')
         EXECUTE FUNCTION refuse_lab_payment()`,
      );
      try {
        const key = randomUUID();
        // a 500 is no answer of the contract's, so asked past its check
        const token = await lab.token('neighbour');
        const response = await fetch(
          `${server().url}/t/${lab.slug}/accounts/${lab.accounts.a2}/points-payments`,
          {
            method: 'POST',
            headers: {
              authorization: `Bearer ${token}`,
              'content-type': 'application/json',
              'idempotency-key': key,
            },
            body: JSON.stringify({ paymentTypeId: points.id, cardNumber: card, points: 10 }),
          },
        );
        assert.equal(response.status, 500);
        const [made] = await lab.sql(
          async (sql) =>
            (
              await sql.query<{ id: string; status: string; failure: string }>(
                'SELECT id, status, failure FROM payments WHERE request_key = $1',
                [key],
              )
            ).rows,
        );
        assert.deepEqual([made?.status, made?.failure], ['failed', 'declined']);
        assert.deepEqual(
          debitsOf(card).map((d) => [d.key, d.status]),
          [[made?.id, 'refunded']],
        );
        assert.equal(sandbox.control.balance(program, card), 100, 'the points are back');
        assert.equal(await lab.balance(lab.accounts.a2), before);
      } finally {
        await pool.query('DROP TRIGGER refuse_lab_payment ON account_entries');
        await pool.query('DROP FUNCTION refuse_lab_payment()');
      }
    });

    it('FIN-6 an unknown card is 422 card_not_found; a type that is not an enabled points type is 422 payment_type_unavailable', async () => {
      const unknown = '7999999999999999';
      for (const response of [
        await quote('owner', lab.accounts.a1, unknown),
        await pay('owner', lab.accounts.a1, { cardNumber: unknown, points: 1 }),
      ]) {
        assert.deepEqual((await refusal(response)).errors, [['cardNumber', 'card_not_found', {}]]);
      }
      const money = await lab.addType({ name: 'Карта онлайн', kind: 'money' });
      const off = await lab.addType({
        name: 'Бонусы выключены',
        kind: 'points',
        loyaltyProgram: program,
        loyaltyCurrency: 'RUB',
        pointValue: 100,
        maxPercent: 50,
        enabled: false,
      });
      const hotelType = await server().app.db.withSystem(
        async (sql) =>
          one(
            await sql.query<{ id: string }>(
              `SELECT p.id FROM payment_types p JOIN tenants t ON t.id = p.tenant_id
                WHERE t.slug = 'demo-hotel' AND p.kind = 'points' AND p.enabled LIMIT 1`,
            ),
          ).id,
      );
      const lookups = sandbox.control.calls().lookup;
      for (const typeId of [money.id, off.id, hotelType, randomUUID()]) {
        for (const response of [
          await quote('owner', lab.accounts.a1, cards.fifty, typeId),
          await pay('owner', lab.accounts.a1, {
            cardNumber: cards.fifty,
            points: 1,
            paymentTypeId: typeId,
          }),
        ]) {
          assert.deepEqual((await refusal(response)).errors, [
            ['paymentTypeId', 'payment_type_unavailable', {}],
          ]);
        }
      }
      assert.equal(sandbox.control.calls().lookup, lookups, 'the program was not asked');
    });

    it('FIN-6 another unit’s resident, another tenant and nobody get nothing; staff and a board member without a unit may not pay (403); the program is never asked', async () => {
      const calls = sandbox.control.calls();
      const refusedAs = async (who: Who, status: number, code: string) => {
        const quoted = await quote(who, lab.accounts.a1, cards.fiveHundred);
        assert.equal((await refusal(quoted, status)).code, code, who);
        const paying = await pay(who, lab.accounts.a1, {
          cardNumber: cards.fiveHundred,
          points: 1,
        });
        assert.equal((await refusal(paying, status)).code, code, who);
      };
      await refusedAs('neighbour', 404, 'not_found');
      // only the account's owners and residents pay
      for (const who of ['board', 'manager', 'director', 'accountant'] as const) {
        await refusedAs(who, 403, 'forbidden');
      }
      const irina = await signIns(
        server(),
        'demo-hotel',
        'Nevsky-2026',
      )('irina@nevsky-apart.example');
      const card = { paymentTypeId: points.id, cardNumber: cards.fiveHundred };
      for (const [path, json] of [
        ['points-quote', card],
        ['points-payments', { ...card, points: 1 }],
      ] as const) {
        const init = { method: 'POST', headers: { 'idempotency-key': randomUUID() }, json };
        const response = await irina(`/accounts/${lab.accounts.a1}/${path}`, init);
        assert.equal(response.status, 404, `another tenant’s owner: ${path}`);
        const anonymous = await server().fetch(
          `/t/${lab.slug}/accounts/${lab.accounts.a1}/${path}`,
          init,
        );
        assert.equal(anonymous.status, 401, path);
      }
      // a payment without its key is refused before anything
      const unkeyed = await (
        await lab.as('owner')
      )(`/accounts/${lab.accounts.a1}/points-payments`, {
        method: 'POST',
        json: { paymentTypeId: points.id, cardNumber: cards.fiveHundred, points: 1 },
      });
      assert.equal(unkeyed.status, 400);
      assert.deepEqual(sandbox.control.calls(), calls);
      assert.equal(
        (await paymentsOf(lab.accounts.a1)).filter((p) => p.status === 'pending').length,
        0,
      );
    });

    it('FIN-5 a card belongs to its program: the same number in another program is another card, and a debit is made in the type’s program', async () => {
      const other = await lab.addType({
        name: 'Бонусы другой программы',
        kind: 'points',
        loyaltyProgram: 'lab-other',
        loyaltyCurrency: 'RUB',
        maxPercent: 100,
        pointValue: 100,
      });
      assert.equal(other.loyaltyProgram, 'lab-other');
      assert.deepEqual(
        (await refusal(await quote('neighbour', lab.accounts.a2, cards.fifty, other.id))).errors,
        [['cardNumber', 'card_not_found', {}]],
      );
      sandbox.control.setBalance('lab-other', cards.fifty, 7);
      const quoted = await json<PointsQuote>(
        await quote('neighbour', lab.accounts.a2, cards.fifty, other.id),
        200,
      );
      assert.equal(quoted.cardBalance, 7);
      const paid = await json<Payment>(
        await pay('neighbour', lab.accounts.a2, {
          cardNumber: cards.fifty,
          points: 7,
          paymentTypeId: other.id,
        }),
        201,
      );
      assert.equal(paid.status, 'succeeded');
      assert.equal(sandbox.control.balance('lab-other', cards.fifty), 0);
      assert.equal(sandbox.control.balance(program, cards.fifty), 50, 'the lab program’s card');
      const [debit] = sandbox.control.debits().filter((d) => d.key === paid.id);
      assert.deepEqual([debit?.program, debit?.cardNumber], ['lab-other', cards.fifty]);
    });

    it('FIN-6 the type is read again with the account locked: one changed meanwhile pays at its worth now, one switched off meanwhile is refused', async () => {
      const db = server().app.db;
      const type = await lab.addType({
        name: 'Меняется на ходу',
        kind: 'points',
        loyaltyProgram: program,
        loyaltyCurrency: 'RUB',
        maxPercent: 100,
        pointValue: 100,
      });
      const viewer = await viewerOf('neighbour', lab.accounts.a2);
      const askFor = (points: number) => ({
        tenantId: lab.tenantId,
        personId: viewer.personId,
        accountId: lab.accounts.a2,
        paymentTypeId: type.id,
        cardNumber: freshCard(),
        points,
        key: randomUUID(),
      });
      const manager = await lab.as('manager');
      const change = (body: object) =>
        manager(`/payment-types/${type.id}`, { method: 'PATCH', json: body });
      const ask = askFor(5);
      const start = await db.withTenant(lab.tenantId, (sql) =>
        startPointsPayment(sql, { viewer, ask }),
      );
      assert.equal(start.kind, 'new');
      // the worth of a point doubles while the card is looked up
      assert.equal((await change({ pointValue: 200 })).status, 200);
      const opened = await db.withTenant(lab.tenantId, (sql) =>
        openPointsPayment(sql, { ask, cardBalance: 100, provider: loyalty.name }),
      );
      assert.equal(opened.kind, 'new');
      const [made] = (await paymentsOf(lab.accounts.a2)).filter(
        (p) => opened.kind === 'new' && p.id === opened.paymentId,
      );
      assert.deepEqual([made?.points, made?.amount], ['5', '1000'], '5 points at 2,00 ₽');
      // switched off while the card is looked up
      const late = askFor(1);
      await db.withTenant(lab.tenantId, (sql) => startPointsPayment(sql, { viewer, ask: late }));
      assert.equal((await change({ enabled: false })).status, 200);
      await assert.rejects(
        db.withTenant(lab.tenantId, (sql) =>
          openPointsPayment(sql, { ask: late, cardBalance: 100, provider: loyalty.name }),
        ),
        (error: unknown) =>
          error instanceof ApiProblem &&
          error.options.errors?.[0]?.code === 'payment_type_unavailable',
      );
      await failPending(lab.accounts.a2);
    });

    it('FIN-6 requests under one key reaching the handler at once, or after another has ended, make one payment: the later ones carry it on', async () => {
      const db = server().app.db;
      const viewer = await viewerOf('neighbour', lab.accounts.a2);
      const ask = {
        tenantId: lab.tenantId,
        personId: viewer.personId,
        accountId: lab.accounts.a2,
        paymentTypeId: points.id,
        cardNumber: freshCard(),
        points: 3,
        key: randomUUID(),
      };
      // as the handler does: the key is looked for, the card looked up, then the payment opened
      const open = async () => {
        await db.withTenant(lab.tenantId, (sql) => startPointsPayment(sql, { viewer, ask }));
        return db.withTenant(lab.tenantId, (sql) =>
          openPointsPayment(sql, { ask, cardBalance: 100, provider: loyalty.name }),
        );
      };
      const opened = await Promise.all(Array.from({ length: 10 }, open));
      const ids = new Set(opened.map((o) => (o.kind === 'new' ? o.paymentId : o.payment.id)));
      assert.equal(ids.size, 1, 'one payment');
      assert.equal(opened.filter((o) => o.kind === 'new').length, 1);
      // one more, long after: it resumes the payment too
      const later = await open();
      assert.equal(later.kind, 'resume');
      const rows = await lab.sql(
        async (sql) =>
          (await sql.query('SELECT 1 FROM payments WHERE request_key = $1', [ask.key])).rowCount,
      );
      assert.equal(rows, 1);
      // the key with another ask is another request
      await assert.rejects(
        db.withTenant(lab.tenantId, (sql) =>
          openPointsPayment(sql, {
            ask: { ...ask, points: 4 },
            cardBalance: 100,
            provider: loyalty.name,
          }),
        ),
        (error: unknown) => error instanceof ApiProblem && error.code === 'idempotency_key_reused',
      );
      await failPending(lab.accounts.a2);
    });

    it('FIN-6 a program that refuses a call (4xx) is no provider failure: it is answered, not retried', async () => {
      const stranger = new HttpLoyaltyProvider({
        baseUrl: sandbox.url,
        apiKey: 'sk_loyalty_not_ours',
        timeoutMs: 1_000,
      });
      await assert.rejects(stranger.lookup(program, cards.fifty), ProviderRefused);
      await assert.rejects(loyalty.lookup(program, 'not-a-card'), ProviderRefused);
      await assert.rejects(
        loyalty.debit({ program, cardNumber: cards.fifty, points: 0, key: randomUUID() }),
        ProviderRefused,
      );
      sandbox.control.fail(1, { on: 'lookup' });
      await assert.rejects(loyalty.lookup(program, cards.fifty), ProviderUnavailable);
    });

    it('FIN-6 card look-ups are limited per person and address: past the limit quotes and points payments are 429 too_many_attempts with Retry-After, and the program is not asked', async () => {
      const card = freshCard();
      sandbox.control.setBalance(program, card, 10);
      let allowed = 0;
      let limited: Response | undefined;
      for (let i = 0; i < 100 && !limited; i++) {
        const response = await quote('resident', lab.accounts.a1, card);
        if (response.status === 429) limited = response;
        else {
          assert.equal(response.status, 200, await response.text());
          allowed++;
        }
      }
      assert.ok(limited, 'refused at last');
      assert.ok(allowed >= 5, `a person may look a card up several times (${allowed})`);
      const problem = await refusal(limited, 429);
      assert.equal(problem.code, 'too_many_attempts');
      const wait = Number(limited.headers.get('retry-after'));
      assert.ok(wait > 0 && wait <= 15 * 60, String(wait));
      const lookups = sandbox.control.calls().lookup;
      const key = randomUUID();
      const paying = await pay(
        'resident',
        lab.accounts.a1,
        { cardNumber: card, points: 1 },
        { key },
      );
      assert.equal((await refusal(paying, 429)).code, 'too_many_attempts');
      assert.ok(Number(paying.headers.get('retry-after')) > 0);
      assert.equal(sandbox.control.calls().lookup, lookups, 'the program was not asked');
      const made = await lab.sql(
        async (sql) =>
          (await sql.query('SELECT 1 FROM payments WHERE request_key = $1', [key])).rowCount,
      );
      assert.equal(made, 0);
      // another person of the flat is not held up by it
      assert.equal((await quote('owner', lab.accounts.a1, card)).status, 200);
      await lab.sql((sql) =>
        sql.query("DELETE FROM login_attempts WHERE action = 'card_lookup' AND tenant_id = $1", [
          lab.tenantId,
        ]),
      );
    });
  });
}

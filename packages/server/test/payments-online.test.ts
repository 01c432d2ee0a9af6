import { createHmac, randomUUID } from 'node:crypto';
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AtriumError } from '@atrium/sdk';
import { one } from '../src/db/scope.js';
import { openOnlinePayment } from '../src/payments/online/open.js';
import { startOnlinePayment } from '../src/payments/online/start.js';
import { reconcileOnlinePayments } from '../src/payments/online/reconcile.js';
import { HttpPaymentProvider } from '../src/payments/providers/http-payment-provider.js';
import type { Viewer } from '../src/people/viewer.js';
import type { Account, AccountPage, Payment, PaymentInput } from '../src/payments/types.js';
import { signatureOf, type SandboxPayment } from '../src/sandbox/payments/index.js';
import { engines } from './databases.js';
import { problemOf, useServer } from './helpers.js';
import { usePaymentSandbox } from './payment-sandbox-service.js';
import { people, seedTicketsFixture, type TicketsFixture, type Who } from './tickets-fixture.js';

// Online payments (FIN-2) through the payment sandbox run as the outside service it stands in
// for: on its own port, with its own key and webhook secret, and the server speaking to it
// over HTTP. Anna owns flat 12 (LES5-012, owing money in the demo); Olena lives in flat 14,
// whose account is made here with nothing on it; Пётр manages the other tenant.

/** What a browser does on the provider's page: clicks a button, and is sent back (303). */
async function clickOnPage(redirectUrl: string, outcome: 'succeeded' | 'declined' | 'cancelled') {
  const response = await fetch(redirectUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ outcome, lang: 'en' }),
    redirect: 'manual',
  });
  assert.equal(response.status, 303);
  return response.headers.get('location') ?? '';
}

const unix = () => Math.floor(Date.now() / 1000);

for (const engine of engines) {
  describe(`online payments through a provider on ${engine.name}`, () => {
    const sandbox = usePaymentSandbox();
    const server = useServer(engine, {
      statsScheduler: false,
      paymentReconciliation: false,
      paymentProviders: { payments: sandbox.provider },
    });
    let fixture: TicketsFixture;
    let account12: string;
    let account14: string;
    const types = { online: '', disabled: '', points: '' };
    const tokens = new Map<Who, string>();

    before(async () => {
      fixture = await seedTicketsFixture(server().app.db);
      await server().app.db.withSystem(async (sql) => {
        const id = async (text: string, values: unknown[]) =>
          one(await sql.query<{ id: string }>(text, values)).id;
        account12 = await id(
          "SELECT id FROM accounts WHERE tenant_id = $1 AND number = 'LES5-012'",
          [fixture.lesnaId],
        );
        account14 = await id(
          'INSERT INTO accounts (tenant_id, unit_id, number) VALUES ($1, $2, $3) RETURNING id',
          [fixture.lesnaId, fixture.units.lokal14, 'LES5-014'],
        );
        const type = (name: string, kind: string, enabled: boolean) =>
          id(
            `INSERT INTO payment_types (tenant_id, name, kind, loyalty_program, loyalty_currency,
                                        point_value, enabled)
             VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
            [
              fixture.lesnaId,
              name,
              kind,
              kind === 'points' ? 'lesna-points' : null,
              kind === 'points' ? 'points' : null,
              kind === 'points' ? 100 : null,
              enabled,
            ],
          );
        types.online = await type('Test: card online', 'money', true);
        types.disabled = await type('Test: card online, switched off', 'money', false);
        types.points = await type('Test: points', 'points', true);
      });
    });

    async function tokenOf(who: Who): Promise<string> {
      let token = tokens.get(who);
      if (!token) {
        const { tenant, email, password } = people[who];
        token = (await server().client(tenant).auth.signIn({ email, password })).accessToken;
        tokens.set(who, token);
      }
      return token;
    }

    /** A call as someone (null: nobody signed in), on their tenant unless told. */
    async function as(
      who: Who | null,
      path: string,
      init: RequestInit & { json?: unknown; tenant?: string } = {},
    ) {
      const { tenant = who ? people[who].tenant : 'lesna-5', ...rest } = init;
      const headers = new Headers(rest.headers);
      if (who) headers.set('authorization', `Bearer ${await tokenOf(who)}`);
      return server().fetch(`/t/${tenant}${path}`, { ...rest, headers });
    }

    const portal = () => `${server().url}/lesna-5/?tab=payments`;
    const ask = (amount: number, more: Partial<PaymentInput> = {}): PaymentInput => ({
      paymentTypeId: types.online,
      amount,
      returnUrl: portal(),
      ...more,
    });

    /** POST /accounts/:id/payments as someone, with a key of their own unless given. */
    function pay(
      who: Who | null,
      body: PaymentInput,
      q: { account?: string; key?: string; tenant?: string; locale?: string } = {},
    ) {
      return as(who, `/accounts/${q.account ?? account12}/payments`, {
        method: 'POST',
        json: body,
        tenant: q.tenant,
        headers: {
          'idempotency-key': q.key ?? randomUUID(),
          ...(q.locale && { 'accept-language': q.locale }),
        },
      });
    }

    async function created(response: Response): Promise<Payment> {
      assert.equal(response.status, 201, await response.clone().text());
      return (await response.json()) as Payment;
    }

    const paymentOf = async (who: Who, paymentId: string) => {
      const response = await as(who, `/payments/${paymentId}`);
      assert.equal(response.status, 200, await response.clone().text());
      return (await response.json()) as Payment;
    };

    async function balance12(): Promise<number> {
      const page = (await (await as('anna', '/accounts')).json()) as AccountPage;
      const account = page.items.find((a: Account) => a.id === account12);
      assert.ok(account);
      return account.balance;
    }

    /** The payment as stored, read past the API (whose reads settle it from the provider). */
    async function stored(paymentId: string) {
      return server().app.db.withSystem(async (sql) => {
        const payment = one(
          await sql.query<{ status: string; failure: string | null; ref: string | null }>(
            'SELECT status, failure, provider_ref AS ref FROM payments WHERE id = $1',
            [paymentId],
          ),
        );
        const { rows } = await sql.query<{ amount: string }>(
          "SELECT amount::text FROM account_entries WHERE source = 'payment' AND reference = $1",
          [paymentId],
        );
        const events = await sql.query('SELECT 1 FROM payment_events WHERE payment_id = $1', [
          paymentId,
        ]);
        return { ...payment, booked: rows.map((r) => Number(r.amount)), events: events.rowCount };
      });
    }

    /** A payment opened at the provider as stored while nothing else has happened to it. */
    const untouched = (ref: string) => ({
      status: 'pending',
      failure: null,
      ref,
      booked: [],
      events: 0,
    });

    const atProvider = (paymentId: string): SandboxPayment[] =>
      sandbox.control.payments().filter((p) => p.reference === paymentId);
    const deliveriesOf = (paymentId: string) =>
      sandbox.control.deliveries().filter((d) => d.event.data.payment.reference === paymentId);

    /** Posts an event to a tenant's webhook as the provider would, signed as told. */
    function notify(tenant: string, body: string, signature: string | null) {
      return server().fetch(`/t/${tenant}/payment-events/sandbox`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(signature !== null && { 'sandbox-signature': signature }),
        },
        body,
      });
    }

    /** The provider's event of a payment's success, as its notices are written. */
    function successEvent(payment: SandboxPayment) {
      return JSON.stringify({
        id: `evt_${randomUUID()}`,
        type: 'payment.succeeded',
        created: unix(),
        data: { payment: { ...payment, status: 'succeeded', completed: unix() } },
      });
    }

    it('FIN-2 a payment goes through the provider: its page, the signed notice books it once, the balance rises by the amount', async () => {
      const before = await balance12();
      // asked in Polish, as Anna's portal asks: the provider's page opens in Polish
      const payment = await created(await pay('anna', ask(12345), { locale: 'pl' }));
      assert.equal(payment.status, 'pending');
      assert.equal(payment.method, 'online');
      assert.equal(payment.amount, 12345);
      assert.equal(payment.currency, 'PLN');
      assert.equal(payment.accountId, account12);
      assert.ok(
        payment.redirectUrl?.startsWith(`${sandbox.url()}/pay/pay_`),
        String(payment.redirectUrl),
      );

      const [opened] = atProvider(payment.id);
      assert.ok(opened, 'the provider has the payment under our id');
      assert.equal(atProvider(payment.id).length, 1);
      assert.deepEqual([opened.amount, opened.currency], [12345, 'PLN']);
      assert.match(opened.description, /Leśna 5 — LES5-012$/);
      const back = new URL(opened.returnUrl);
      assert.equal(back.searchParams.get('atrium-payment'), payment.id);
      assert.equal(back.searchParams.get('tab'), 'payments', 'the return address is kept');
      assert.match(opened.notifyUrl, /\/t\/lesna-5\/payment-events\/sandbox$/);

      const page = await fetch(payment.redirectUrl ?? '');
      assert.equal(page.status, 200);
      const html = await page.text();
      assert.match(html, /<html lang="pl">/);
      assert.ok(html.includes('123,45\u00a0zł'), 'the amount as Polish writes it');
      for (const button of ['Zapłać', 'Bank odrzuca', 'Anuluj']) assert.ok(html.includes(button));
      // the page may send the browser on to the portal after its form
      const policy = page.headers.get('content-security-policy') ?? '';
      assert.ok(policy.includes(`form-action 'self' ${server().url}`), policy);

      assert.equal(await clickOnPage(payment.redirectUrl ?? '', 'succeeded'), opened.returnUrl);
      await sandbox.control.deliveriesSettled();
      const [delivery] = deliveriesOf(payment.id);
      assert.equal(delivery?.state, 'delivered');
      assert.deepEqual(
        delivery.attempts.map((a) => a.status),
        [204],
      );
      assert.deepEqual(await stored(payment.id), {
        status: 'succeeded',
        failure: null,
        ref: opened.id,
        booked: [12345],
        events: 1,
      });
      const done = await paymentOf('anna', payment.id);
      assert.equal(done.status, 'succeeded');
      assert.equal(done.redirectUrl, null);
      assert.ok(done.completedAt);
      assert.equal(await balance12(), before + 12345);
      const entries = (await (await as('anna', `/accounts/${account12}/entries`)).json()) as {
        items: { amount: number; method: string | null; kind: string }[];
      };
      assert.deepEqual(
        entries.items.filter((e) => e.kind === 'payment' && e.method === 'online'),
        [entries.items.find((e) => e.amount === 12345 && e.method === 'online')],
      );
    });

    it('FIN-2 the notice before the browser returns: the payment reads as paid at once', async () => {
      const payment = await created(await pay('anna', ask(1001)));
      const [opened] = atProvider(payment.id);
      assert.ok(opened);
      sandbox.control.complete(opened.id, 'succeeded');
      await sandbox.control.deliveriesSettled();
      assert.equal((await stored(payment.id)).status, 'succeeded');
      assert.equal((await paymentOf('anna', payment.id)).status, 'succeeded');
    });

    it('FIN-2 the notice after the browser returns: reading the payment settles it from the provider; the late notice books nothing more', async () => {
      const before = await balance12();
      const payment = await created(await pay('anna', ask(1002)));
      sandbox.control.holdDeliveries();
      try {
        await clickOnPage(payment.redirectUrl ?? '', 'succeeded');
        assert.equal((await stored(payment.id)).status, 'pending', 'no notice yet');
        const read = await paymentOf('anna', payment.id);
        assert.equal(read.status, 'succeeded', 'asked after at the provider');
        assert.equal(await balance12(), before + 1002);
      } finally {
        sandbox.control.releaseDeliveries();
      }
      await sandbox.control.deliveriesSettled();
      const [delivery] = deliveriesOf(payment.id);
      assert.deepEqual(
        delivery?.attempts.map((a) => a.status),
        [204],
      );
      const after = await stored(payment.id);
      assert.deepEqual([after.status, after.booked, after.events], ['succeeded', [1002], 1]);
      assert.equal(await balance12(), before + 1002);
    });

    it('FIN-2 a provider that does not answer leaves the payment read as we have it', async () => {
      const payment = await created(await pay('anna', ask(1016)));
      sandbox.control.holdDeliveries();
      try {
        await clickOnPage(payment.redirectUrl ?? '', 'succeeded');
        sandbox.control.fail(1, { on: 'status' });
        assert.equal((await paymentOf('anna', payment.id)).status, 'pending');
        sandbox.control.fail(1, { how: 'hang', on: 'status' });
        assert.equal((await paymentOf('anna', payment.id)).status, 'pending');
        assert.equal((await paymentOf('anna', payment.id)).status, 'succeeded', 'answered again');
      } finally {
        sandbox.control.releaseDeliveries();
      }
      await sandbox.control.deliveriesSettled();
      assert.deepEqual((await stored(payment.id)).booked, [1016]);
    });

    it('FIN-2 a replayed notice is answered 204 again and books once', async () => {
      const before = await balance12();
      const payment = await created(await pay('anna', ask(1003)));
      await clickOnPage(payment.redirectUrl ?? '', 'succeeded');
      await sandbox.control.deliveriesSettled();
      const [delivery] = deliveriesOf(payment.id);
      assert.ok(delivery);
      assert.equal(await sandbox.control.replay(delivery.event.id), 204);
      assert.equal(await sandbox.control.replay(delivery.event.id), 204);
      const after = await stored(payment.id);
      assert.deepEqual([after.booked, after.events], [[1003], 1]);
      assert.equal(await balance12(), before + 1003);
    });

    it('FIN-2 a forged signature, a stale or missing one, or a body changed after signing is 400 invalid_signature and changes nothing', async () => {
      const before = await balance12();
      const payment = await created(await pay('anna', ask(1004)));
      const [opened] = atProvider(payment.id);
      assert.ok(opened);
      const { webhookSecret } = sandbox.control;
      const body = successEvent(opened);
      const tries: [string, string, string | null][] = [
        ['a stranger’s secret', body, signatureOf('whsec_not-the-providers', unix(), body)],
        ['six minutes old', body, signatureOf(webhookSecret, unix() - 360, body)],
        ['six minutes ahead', body, signatureOf(webhookSecret, unix() + 360, body)],
        ['unsigned', body, null],
        ['no v1', body, `t=${unix()}`],
        [
          'the amount raised after signing',
          body.replace('"amount":1004', '"amount":100400'),
          signatureOf(webhookSecret, unix(), body),
        ],
      ];
      for (const [what, sent, signature] of tries) {
        const response = await notify('lesna-5', sent, signature);
        assert.equal(response.status, 400, what);
        assert.equal((await problemOf(response)).code, 'invalid_signature', what);
      }
      assert.deepEqual(await stored(payment.id), untouched(opened.id));
      // within five minutes and signed with the secret, the same body is taken
      const taken = await notify('lesna-5', body, signatureOf(webhookSecret, unix() - 240, body));
      assert.equal(taken.status, 204);
      assert.equal(await balance12(), before + 1004);
    });

    it('FIN-2 declined and cancelled payments end failed and cancelled, with nothing booked', async () => {
      const before = await balance12();
      const declined = await created(await pay('anna', ask(1005)));
      const cancelled = await created(await pay('anna', ask(1006)));
      await clickOnPage(declined.redirectUrl ?? '', 'declined');
      await clickOnPage(cancelled.redirectUrl ?? '', 'cancelled');
      await sandbox.control.deliveriesSettled();
      const read = [await paymentOf('anna', declined.id), await paymentOf('anna', cancelled.id)];
      assert.deepEqual(
        read.map((p) => [p.status, p.failure, p.redirectUrl]),
        [
          ['failed', 'declined', null],
          ['cancelled', 'cancelled', null],
        ],
      );
      assert.deepEqual((await stored(declined.id)).booked, []);
      assert.deepEqual((await stored(cancelled.id)).booked, []);
      // a second click on the page changes nothing: it only sends the browser back
      await clickOnPage(declined.redirectUrl ?? '', 'succeeded');
      assert.equal((await paymentOf('anna', declined.id)).status, 'failed');
      assert.equal(await balance12(), before);
    });

    it('FIN-2 50 requests at once with one Idempotency-Key make one payment here and one at the provider', async () => {
      const key = randomUUID();
      const answers = await Promise.all(
        Array.from({ length: 50 }, () => pay('anna', ask(1007), { key })),
      );
      const payments = await Promise.all(answers.map((r) => created(r)));
      const ids = new Set(payments.map((p) => p.id));
      assert.equal(ids.size, 1, 'every answer is the one payment');
      const [id = ''] = ids;
      const rows = await server().app.db.withSystem((sql) =>
        sql.query('SELECT id FROM payments WHERE request_key = $1', [key]),
      );
      assert.equal(rows.rowCount, 1);
      assert.equal(atProvider(id).length, 1);
    });

    it('FIN-2 a provider failing on create is 503 with Retry-After; a retry with the same key carries the same payment on', async () => {
      for (const how of ['error', 'hang', 'lost'] as const) {
        const key = randomUUID();
        sandbox.control.fail(1, { how, on: 'create' });
        const refused = await pay('anna', ask(1008), { key });
        assert.equal(refused.status, 503, how);
        assert.equal(refused.headers.get('retry-after'), '5');
        const problem = await problemOf(refused);
        assert.deepEqual([problem.code, problem.retryAfter], ['provider_unavailable', 5]);
        const [pending] = (
          await server().app.db.withSystem((sql) =>
            sql.query<{ id: string; status: string }>(
              'SELECT id, status FROM payments WHERE request_key = $1',
              [key],
            ),
          )
        ).rows;
        assert.equal(pending?.status, 'pending', `${how}: recorded, waiting for the retry`);

        const retried = await created(await pay('anna', ask(1008), { key }));
        assert.equal(retried.id, pending.id, `${how}: the same payment`);
        assert.equal(retried.status, 'pending');
        assert.ok(retried.redirectUrl);
        // a lost answer's payment was made at the provider: asked again, it is the same one
        assert.equal(atProvider(retried.id).length, 1, `${how}: one payment at the provider`);
      }
    });

    it('FIN-2 the reconciliation settles a payment whose notice was dropped, and expires the unpaid and the never opened', async () => {
      const before = await balance12();
      const log = { error: (details: object) => assert.fail(JSON.stringify(details)) };
      const paid = await created(await pay('anna', ask(1009)));
      const unpaid = await created(await pay('anna', ask(1010)));
      const unopenedKey = randomUUID();
      sandbox.control.fail(1, { on: 'create' });
      assert.equal((await pay('anna', ask(1011), { key: unopenedKey })).status, 503);
      sandbox.control.dropDeliveries(1);
      await clickOnPage(paid.redirectUrl ?? '', 'succeeded');
      await sandbox.control.deliveriesSettled();
      assert.equal(deliveriesOf(paid.id)[0]?.state, 'dropped');
      assert.equal((await stored(paid.id)).status, 'pending', 'the provider never told us');

      const db = server().app.db;
      assert.equal(await reconcileOnlinePayments(db, sandbox.provider, log), 0, 'too fresh to ask');
      // as if made long ago: a day for the unpaid, a quarter of an hour for the others
      await db.withSystem(async (sql) => {
        await sql.query(
          `UPDATE payments SET created_at = created_at - interval '15 minutes'
            WHERE id = $1 OR request_key = $2`,
          [paid.id, unopenedKey],
        );
        await sql.query(
          "UPDATE payments SET created_at = created_at - interval '25 hours' WHERE id = $1",
          [unpaid.id],
        );
      });
      assert.equal(await reconcileOnlinePayments(db, sandbox.provider, log), 3);
      assert.deepEqual(
        [(await stored(paid.id)).status, (await stored(paid.id)).booked],
        ['succeeded', [1009]],
      );
      assert.deepEqual(
        [(await stored(unpaid.id)).status, (await stored(unpaid.id)).failure],
        ['failed', 'expired'],
      );
      const unopened = await db.withSystem(async (sql) =>
        one(
          await sql.query<{ status: string; failure: string }>(
            'SELECT status, failure FROM payments WHERE request_key = $1',
            [unopenedKey],
          ),
        ),
      );
      assert.deepEqual(unopened, { status: 'failed', failure: 'expired' });
      assert.equal(await reconcileOnlinePayments(db, sandbox.provider, log), 0, 'nothing left');
      assert.equal(await balance12(), before + 1009);
    });

    it('FIN-2 the amount over the debt, nothing owed, a switched-off or points type and a foreign return address are 422 naming the field, in ru, pl and en', async () => {
      const debt = -(await balance12());
      assert.ok(debt > 0);
      const money = (locale: string) =>
        new Intl.NumberFormat(locale, { style: 'currency', currency: 'PLN' }).format(debt / 100);
      const expected = {
        ru: ['Этот способ оплаты недоступен.', `Сумма больше задолженности (${money('ru')}).`],
        pl: [
          'Ta forma płatności jest niedostępna.',
          `Kwota przekracza zaległość (${money('pl')}).`,
        ],
        en: [
          'This payment type is not available.',
          `The amount is more than the debt (${money('en')}).`,
        ],
      };
      for (const [locale, [typeText, debtText]] of Object.entries(expected)) {
        const response = await pay('anna', ask(debt + 1, { paymentTypeId: types.disabled }), {
          locale,
        });
        assert.equal(response.status, 422, locale);
        const problem = await problemOf(response);
        assert.equal(problem.code, 'payment_rejected');
        assert.deepEqual(problem.errors, [
          {
            field: 'paymentTypeId',
            code: 'payment_type_unavailable',
            message: typeText,
          },
          {
            field: 'amount',
            code: 'amount_over_debt',
            message: debtText,
            params: { limit: debt, currency: 'PLN' },
          },
        ]);
      }
      const refusals: [string, Response, string, string][] = [
        [
          'a points type',
          await pay('anna', ask(100, { paymentTypeId: types.points })),
          'paymentTypeId',
          'payment_type_unavailable',
        ],
        [
          'an unknown type',
          await pay('anna', ask(100, { paymentTypeId: randomUUID() })),
          'paymentTypeId',
          'payment_type_unavailable',
        ],
        [
          'another site',
          await pay('anna', ask(100, { returnUrl: 'https://payments-elsewhere.example/back' })),
          'returnUrl',
          'return_url_not_allowed',
        ],
        [
          'the server’s origin under another scheme',
          await pay('anna', ask(100, { returnUrl: portal().replace('http:', 'https:') })),
          'returnUrl',
          'return_url_not_allowed',
        ],
        [
          'an account owing nothing',
          await pay('olena', ask(100), { account: account14, locale: 'ru' }),
          'amount',
          'nothing_owed',
        ],
      ];
      for (const [what, response, field, code] of refusals) {
        assert.equal(response.status, 422, what);
        const problem = await problemOf(response);
        assert.deepEqual(
          problem.errors?.map((e) => [e.field, e.code]),
          [[field, code]],
          what,
        );
      }
      const owed = await problemOf(
        await pay('olena', ask(100), { account: account14, locale: 'ru' }),
      );
      assert.equal(owed.errors?.[0]?.message, 'По этому лицевому счёту нет задолженности.');
      const rows = await server().app.db.withSystem((sql) =>
        sql.query("SELECT 1 FROM payments WHERE amount IN (100, $1) AND method = 'online'", [
          debt + 1,
        ]),
      );
      assert.equal(rows.rowCount, 0, 'nothing refused is recorded');
    });

    it('FIN-2 the whole debt may be paid, from a page of the tenant’s allowed origins', async () => {
      await server().app.db.withSystem((sql) =>
        sql.query('UPDATE tenants SET allowed_origins = $2 WHERE id = $1', [
          fixture.lesnaId,
          ['https://lesna5.example'],
        ]),
      );
      const debt = -(await balance12());
      const payment = await created(
        await pay('anna', ask(debt, { returnUrl: 'https://lesna5.example/oplaty#konto' })),
      );
      const [opened] = atProvider(payment.id);
      assert.equal(
        opened?.returnUrl,
        `https://lesna5.example/oplaty?atrium-payment=${payment.id}#konto`,
      );
      sandbox.control.complete(opened.id, 'succeeded');
      await sandbox.control.deliveriesSettled();
      assert.equal(await balance12(), 0);
      const again = await problemOf(await pay('anna', ask(1)));
      assert.deepEqual(
        again.errors?.map((e) => e.code),
        ['nothing_owed'],
      );
      // owed again for the tests after this one
      await server().app.db.withSystem((sql) =>
        sql.query(
          `INSERT INTO account_entries (tenant_id, account_id, kind, title, month, amount)
           VALUES ($1, $2, 'charge', 'maintenance', date_trunc('month', now())::date, -500000)`,
          [fixture.lesnaId, account12],
        ),
      );
    });

    it('FIN-2 another unit’s resident, another tenant and nobody signed in get nothing; the unit’s co-owner and staff see the payment', async () => {
      const payment = await created(await pay('anna', ask(1012)));
      const noPayments = async () => {
        const { rowCount } = await server().app.db.withSystem((sql) =>
          sql.query('SELECT 1 FROM payments WHERE amount = 1013'),
        );
        assert.equal(rowCount, 0);
      };
      assert.equal((await pay('olena', ask(1013))).status, 404, 'another unit’s resident');
      // only the account's owners and residents pay: staff and a board member get 403
      for (const who of ['katarzyna', 'marek', 'petr'] as const) {
        const refused = await pay(who, ask(1013));
        assert.equal(refused.status, 403, who);
        assert.equal((await problemOf(refused)).code, 'forbidden', who);
      }
      const irina = await server()
        .client('demo-hotel')
        .auth.signIn({ email: 'irina@nevsky-apart.example', password: 'Nevsky-2026' });
      const theirs = await server().fetch(`/t/demo-hotel/accounts/${account12}/payments`, {
        method: 'POST',
        json: ask(1013),
        headers: { authorization: `Bearer ${irina.accessToken}`, 'idempotency-key': randomUUID() },
      });
      assert.equal(theirs.status, 404, 'another tenant’s owner');
      assert.equal(
        (await pay('petr', ask(1013), { tenant: 'lesna-5' })).status,
        401,
        'a token of another tenant',
      );
      assert.equal((await pay(null, ask(1013))).status, 401, 'nobody signed in');
      await noPayments();

      const read = (who: Who | null, tenant?: string) =>
        as(who, `/payments/${payment.id}`, { tenant });
      assert.equal((await read('olena')).status, 404);
      assert.equal((await read('petr')).status, 404);
      assert.equal((await read('petr', 'lesna-5')).status, 401);
      assert.equal((await read(null)).status, 401);
      assert.equal((await read('jan')).status, 200, 'the co-owner of flat 12');
      assert.equal((await read('katarzyna')).status, 200, 'the manager');
      assert.equal((await as('anna', `/payments/${randomUUID()}`)).status, 404);
    });

    it('FIN-2 a notice sent to another tenant books nothing there or here', async () => {
      const before = await balance12();
      const payment = await created(await pay('anna', ask(1014)));
      const [opened] = atProvider(payment.id);
      assert.ok(opened);
      const body = successEvent(opened);
      const signature = signatureOf(sandbox.control.webhookSecret, unix(), body);
      const response = await notify('demo-hotel', body, signature);
      assert.equal(response.status, 404);
      assert.deepEqual(await stored(payment.id), untouched(opened.id));
      const handled = await server().app.db.withSystem((sql) =>
        sql.query('SELECT 1 FROM payment_events WHERE tenant_id = $1', [fixture.hotelId]),
      );
      assert.equal(handled.rowCount, 0);
      assert.equal(await balance12(), before);
    });

    /** What we noted of a payment past its status: a mismatch, and when the provider was asked. */
    const notes = (paymentId: string) =>
      server().app.db.withSystem(async (sql) =>
        one(
          await sql.query<{ mismatch: string | null; checked: boolean }>(
            'SELECT mismatch, checked_at IS NOT NULL AS checked FROM payments WHERE id = $1',
            [paymentId],
          ),
        ),
      );
    const signedNotice = (body: string) =>
      notify('lesna-5', body, signatureOf(sandbox.control.webhookSecret, unix(), body));
    const age = (paymentIds: string[], interval: string) =>
      server().app.db.withSystem((sql) =>
        sql.query(
          `UPDATE payments SET created_at = created_at - $2::interval WHERE id = ANY($1::uuid[])`,
          [paymentIds, interval],
        ),
      );
    const quietLog = { error: (details: object) => assert.fail(JSON.stringify(details)) };

    it('FIN-2 a notice of another amount, currency or provider payment than ours is recorded once, books nothing, and the provider is not asked after it again', async () => {
      const before = await balance12();
      const alterations: [string, (p: SandboxPayment) => SandboxPayment][] = [
        ['amount', (p) => ({ ...p, amount: p.amount + 1 })],
        ['currency', (p) => ({ ...p, currency: 'EUR' })],
        ['provider id', (p) => ({ ...p, id: 'pay_someone_elses' })],
      ];
      const ids: string[] = [];
      for (const [what, alter] of alterations) {
        const payment = await created(await pay('anna', ask(1015)));
        ids.push(payment.id);
        const [opened] = atProvider(payment.id);
        assert.ok(opened);
        const body = successEvent(alter(opened));
        assert.equal((await signedNotice(body)).status, 204, what);
        assert.equal((await signedNotice(body)).status, 204, `${what}, replayed`);
        const after = await stored(payment.id);
        assert.deepEqual([after.status, after.booked, after.events], ['pending', [], 1], what);
        const noted = await notes(payment.id);
        assert.ok(noted.mismatch?.startsWith(`${what} `), `${what}: ${noted.mismatch}`);
        // a read does not ask the provider after it: it is for a person to look at
        assert.equal((await paymentOf('anna', payment.id)).status, 'pending', what);
        assert.equal((await notes(payment.id)).checked, false, `${what}: not asked`);
      }
      await age(ids, '2 days');
      await reconcileOnlinePayments(server().app.db, sandbox.provider, quietLog);
      for (const id of ids) {
        assert.deepEqual(
          [(await stored(id)).status, (await notes(id)).checked],
          ['pending', false],
          'the reconciliation leaves it to staff',
        );
      }
      assert.equal(await balance12(), before);
    });

    it('FIN-2 a payment the provider no longer knows ends failed as expired, on a read and in the reconciliation, which goes on past it', async () => {
      const db = server().app.db;
      const read = await created(await pay('anna', ask(1017)));
      const reconciled = await created(await pay('anna', ask(1018)));
      const paid = await created(await pay('anna', ask(1019)));
      // as after the provider lost them: our record names payments it no longer has
      await db.withSystem((sql) =>
        sql.query(
          `UPDATE payments SET provider_ref = 'pay_lost_' || left(id::text, 8)
            WHERE id = ANY($1::uuid[])`,
          [[read.id, reconciled.id]],
        ),
      );
      const ended = await paymentOf('anna', read.id);
      assert.deepEqual([ended.status, ended.failure], ['failed', 'expired']);
      sandbox.control.dropDeliveries(1);
      await clickOnPage(paid.redirectUrl ?? '', 'succeeded');
      await sandbox.control.deliveriesSettled();
      // the lost one first in the pass, the paid one after it
      await age([reconciled.id], '20 minutes');
      await age([paid.id], '15 minutes');
      await reconcileOnlinePayments(db, sandbox.provider, quietLog);
      assert.deepEqual(
        [(await stored(reconciled.id)).status, (await stored(reconciled.id)).failure],
        ['failed', 'expired'],
      );
      assert.deepEqual(
        [(await stored(paid.id)).status, (await stored(paid.id)).booked],
        ['succeeded', [1019]],
      );
    });

    it('FIN-2 success wins: a payment the reconciliation expired and the provider then reports paid is booked exactly once', async () => {
      const before = await balance12();
      const payment = await created(await pay('anna', ask(1024)));
      await age([payment.id], '25 hours');
      await reconcileOnlinePayments(server().app.db, sandbox.provider, quietLog);
      assert.deepEqual(
        [(await stored(payment.id)).status, (await stored(payment.id)).failure],
        ['failed', 'expired'],
      );
      const [opened] = atProvider(payment.id);
      assert.ok(opened);
      sandbox.control.complete(opened.id, 'succeeded');
      await sandbox.control.deliveriesSettled();
      const [delivery] = deliveriesOf(payment.id);
      assert.ok(delivery);
      assert.equal(await sandbox.control.replay(delivery.event.id), 204);
      const done = await paymentOf('anna', payment.id);
      assert.deepEqual([done.status, done.failure], ['succeeded', null]);
      assert.deepEqual((await stored(payment.id)).booked, [1024]);
      await reconcileOnlinePayments(server().app.db, sandbox.provider, quietLog);
      assert.equal(await balance12(), before + 1024);
    });

    it('FIN-2 a notice that is not JSON, not an object or not the provider’s event is 400 naming the field; one of an unknown payment, of points or not ours is 404; nothing is recorded', async () => {
      const payment = await created(await pay('anna', ask(1021)));
      const [opened] = atProvider(payment.id);
      assert.ok(opened);
      for (const [what, body] of [
        ['not JSON', '{"id": '],
        ['not an object', '["payment.succeeded"]'],
      ]) {
        const response = await signedNotice(body ?? '');
        assert.equal(response.status, 400, what);
        assert.equal((await problemOf(response)).code, 'validation_failed', what);
      }
      const event = JSON.parse(successEvent(opened)) as {
        id: string;
        data: { payment: Record<string, unknown> };
      };
      const paymentWith = (change: object) => ({
        ...event,
        data: { payment: { ...event.data.payment, ...change } },
      });
      for (const [field, broken] of [
        ['id', { ...event, id: 42 }],
        ['data', { ...event, data: 'paid' }],
        ['data.payment', { ...event, data: { payment: null } }],
        ['data.payment.amount', paymentWith({ amount: '1021' })],
        ['data.payment.status', paymentWith({ status: 'refunded' })],
        ['data.payment.reference', paymentWith({ reference: '' })],
      ] as const) {
        const response = await signedNotice(JSON.stringify(broken));
        assert.equal(response.status, 400, field);
        const problem = await problemOf(response);
        assert.equal(problem.code, 'validation_failed', field);
        assert.deepEqual(
          problem.errors?.map((e) => e.field),
          [field],
        );
      }
      const pointsPayment = await server().app.db.withSystem(
        async (sql) =>
          one(
            await sql.query<{ id: string }>(
              `INSERT INTO payments (tenant_id, account_id, payment_type_id, method, amount, points,
                                     card_last4, provider, request_key, created_by)
               SELECT $1, $2, $3, 'points', 100, 1, '0001', 'sandbox-loyalty', $4, person_id
                 FROM person_units WHERE unit_id = $5 LIMIT 1
               RETURNING id`,
              [fixture.lesnaId, account12, types.points, randomUUID(), fixture.units.lokal12],
            ),
          ).id,
      );
      const eventIds: string[] = [];
      for (const [what, reference] of [
        ['an unknown payment', randomUUID()],
        ['not our id', 'order-17'],
        ['a points payment', pointsPayment],
      ]) {
        const body = successEvent({ ...opened, reference: reference ?? '' });
        eventIds.push((JSON.parse(body) as { id: string }).id);
        assert.equal((await signedNotice(body)).status, 404, what);
      }
      const recorded = await server().app.db.withSystem((sql) =>
        sql.query('SELECT 1 FROM payment_events WHERE event_id = ANY($1::text[])', [eventIds]),
      );
      assert.equal(recorded.rowCount, 0);
      assert.deepEqual(await stored(payment.id), untouched(opened.id));
    });

    it('FIN-2 the signature is over the body’s bytes as sent, not over a decoding of them', async () => {
      const payment = await created(await pay('anna', ask(1022)));
      const [opened] = atProvider(payment.id);
      assert.ok(opened);
      const bytes = Buffer.from(successEvent({ ...opened, description: 'Lesna #5' }));
      // a byte that is no UTF-8: decoded and encoded again it would be three others
      bytes[bytes.indexOf('Lesna #') + 'Lesna '.length] = 0xff;
      const t = unix();
      const v1 = createHmac('sha256', sandbox.control.webhookSecret)
        .update(`${t}.`)
        .update(bytes)
        .digest('hex');
      const response = await server().fetch('/t/lesna-5/payment-events/sandbox', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'sandbox-signature': `t=${t},v1=${v1}` },
        body: bytes,
      });
      assert.equal(response.status, 204, await response.clone().text());
      assert.deepEqual((await stored(payment.id)).booked, [1022]);
    });

    it('FIN-2 a return address too long for the provider once our payment’s id is added is 422 return_url_not_allowed, and nothing is recorded', async () => {
      const base = `${portal()}&pad=`;
      const returnUrl = base + 'x'.repeat(2048 - base.length);
      const response = await pay('anna', ask(1025, { returnUrl }));
      assert.equal(response.status, 422, await response.clone().text());
      assert.deepEqual(
        (await problemOf(response)).errors?.map((e) => [e.field, e.code]),
        [['returnUrl', 'return_url_not_allowed']],
      );
      const { rowCount } = await server().app.db.withSystem((sql) =>
        sql.query('SELECT 1 FROM payments WHERE amount = 1025'),
      );
      assert.equal(rowCount, 0);
      // with the id it is just 2048 characters: taken
      const fits = base + 'x'.repeat(2048 - base.length - '&atrium-payment='.length - 36);
      const payment = await created(await pay('anna', ask(1025, { returnUrl: fits })));
      assert.equal(atProvider(payment.id)[0]?.returnUrl.length, 2048);
    });

    /** Anna's online ask as the handler gets it, with the viewer she is to it. */
    async function annaAsks(amount: number, key = randomUUID()) {
      const personId = await server().app.db.withSystem(
        async (sql) =>
          one(
            await sql.query<{ id: string }>('SELECT id FROM people WHERE email = $1', [
              people.anna.email,
            ]),
          ).id,
      );
      const viewer: Viewer = {
        personId,
        locale: 'pl',
        staffRole: null,
        unitIds: [fixture.units.lokal12],
      };
      const ask = {
        tenantId: fixture.lesnaId,
        personId,
        accountId: account12,
        paymentTypeId: types.online,
        amount,
        returnUrl: portal(),
        key,
      };
      const open = () =>
        server().app.db.withTenant(fixture.lesnaId, (sql) =>
          openOnlinePayment(sql, {
            viewer,
            ask,
            currency: 'PLN',
            provider: sandbox.provider.name,
            returnAllowed: true,
          }),
        );
      return { ask, open };
    }

    it('FIN-2 requests under one key reaching the handler at once record one payment', async () => {
      const { ask, open } = await annaAsks(1026);
      const ids = await Promise.all(Array.from({ length: 20 }, open));
      assert.equal(new Set(ids).size, 1);
      const { rowCount } = await server().app.db.withSystem((sql) =>
        sql.query('SELECT 1 FROM payments WHERE request_key = $1', [ask.key]),
      );
      assert.equal(rowCount, 1);
    });

    it('FIN-2 a payment the provider refuses to open (4xx) ends declined, and is answered so, not as a failure to retry', async () => {
      const { open } = await annaAsks(1027);
      const paymentId = await open();
      // a provider that takes the call but not the request: here, another merchant's key
      const refusing = new HttpPaymentProvider({
        baseUrl: sandbox.url,
        apiKey: 'sk_pay_not_ours',
        webhookSecret: sandbox.control.webhookSecret,
      });
      const errors: object[] = [];
      const payment = await startOnlinePayment(
        {
          db: server().app.db,
          provider: refusing,
          log: { error: (details) => void errors.push(details) },
          notifyUrl: `${server().url}/t/lesna-5/payment-events/sandbox`,
        },
        {
          tenantId: fixture.lesnaId,
          tenantName: 'Leśna 5',
          currency: 'PLN',
          paymentId,
          locale: 'pl',
        },
      );
      assert.deepEqual(
        [payment.id, payment.status, payment.failure, payment.redirectUrl],
        [paymentId, 'failed', 'declined', null],
      );
      assert.equal(errors.length, 1, 'logged for a person to look into');
      assert.deepEqual(atProvider(paymentId), []);
      assert.deepEqual((await stored(paymentId)).booked, []);
    });
  });

  describe(`the server's own payment sandbox on ${engine.name}`, () => {
    const server = useServer(engine, { statsScheduler: false, paymentReconciliation: false });

    it('FIN-2 without a provider given, the demo pays through the sandbox on the server, its page in Russian', async () => {
      const client = server().client('demo-hotel');
      await client.auth.signIn({ email: 'irina@nevsky-apart.example', password: 'Nevsky-2026' });
      const [account] = (await client.payments.accounts()).items;
      assert.ok(account && account.balance < 0);
      const type = (await client.payments.types()).items.find((t) => t.kind === 'money');
      assert.ok(type, 'the demo has an online payment type');
      const payment = await client.payments.pay(account.id, {
        paymentTypeId: type.id,
        amount: 150000,
        returnUrl: `${server().url}/`,
      });
      assert.ok(payment.redirectUrl?.startsWith(`${server().url}/sandbox/payments/pay/`));
      const page = await fetch(payment.redirectUrl ?? '', {
        headers: { 'accept-language': 'ru-RU,ru;q=0.9' },
      });
      const html = await page.text();
      assert.match(html, /<html lang="ru">/);
      assert.ok(html.includes('1\u00a0500,00\u00a0₽'), 'the amount in roubles');
      assert.ok(html.includes('Оплатить'));
      // the page's own policy, not the portal's: its stylesheet, and its form on to the portal
      const policy = page.headers.get('content-security-policy') ?? '';
      assert.match(
        policy,
        /style-src 'nonce-[^']+'; form-action 'self' http:\/\/127\.0\.0\.1:\d+;/,
      );
      const back = await clickOnPage(payment.redirectUrl ?? '', 'succeeded');
      assert.equal(back, `${server().url}/?atrium-payment=${payment.id}`);
      assert.equal((await client.payments.payment(payment.id)).status, 'succeeded');
      const [after] = (await client.payments.accounts()).items;
      assert.equal(after?.balance, account.balance + 150000);
    });
  });

  describe(`payments in production with no provider configured on ${engine.name}`, () => {
    const server = useServer(engine, {
      statsScheduler: false,
      paymentReconciliation: false,
      paymentSandboxes: false,
    });

    it('FIN-2 no sandbox is served and paying is refused honestly: 503 provider_unavailable, nothing recorded', async () => {
      assert.equal((await fetch(`${server().url}/sandbox/payments/pay/pay_x`)).status, 404);
      const client = server().client('lesna-5');
      await client.auth.signIn({ email: 'anna@lesna5.example', password: 'Lesna5-Haslo!' });
      const [account] = (await client.payments.accounts()).items;
      const type = (await client.payments.types()).items.find((t) => t.kind === 'money');
      assert.ok(account && type);
      const body = { paymentTypeId: type.id, amount: 100, returnUrl: `${server().url}/lesna-5/` };
      await assert.rejects(
        client.payments.pay(account.id, body),
        (error: unknown) =>
          error instanceof AtriumError &&
          error.status === 503 &&
          error.code === 'provider_unavailable',
      );
      const { rowCount } = await server().app.db.withSystem((sql) =>
        sql.query('SELECT 1 FROM payments'),
      );
      assert.equal(rowCount, 0, 'no payment is recorded that no provider will ever open');
    });
  });
}

// Payment types and loyalty points (FIN-5, FIN-6) against the real server and its Russian
// aparthotel: Пётр manages it, Ирина owns flats there. The loyalty program is its sandbox on a
// server of its own, which the server speaks to over HTTP, so the test can fail its calls.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import Fastify from 'fastify';
import { HttpLoyaltyProvider } from '../../server/dist/payments/providers/http-loyalty-provider.js';
import { createLoyaltySandbox } from '../../server/dist/sandbox/loyalty/index.js';
import { AtriumError, type Account, type AtriumClient, type PaymentType } from '../src/index.js';
import { signingIn, startRealServer, type RealServer } from './real-server.js';

const IRINA = { email: 'irina@nevsky-apart.example', password: 'Nevsky-2026' };
const PETR = { email: 'petr@nevsky-apart.example', password: 'Manager-2026' };

const sandbox = createLoyaltySandbox();
/** The program of the test's points types at the loyalty provider. */
const program = 'sdk-rub';
const programServer = Fastify();
let programUrl = '';
let server: RealServer;
before(async () => {
  await programServer.register(sandbox.plugin, { prefix: '/sandbox/loyalty' });
  programUrl = `${await programServer.listen({ port: 0, host: '127.0.0.1' })}/sandbox/loyalty`;
  const loyalty = new HttpLoyaltyProvider({
    baseUrl: () => programUrl,
    apiKey: sandbox.control.apiKey,
  });
  server = await startRealServer({ paymentProviders: { loyalty }, paymentReconciliation: false });
});
after(async () => {
  await server.close();
  await programServer.close();
});

const signedIn = signingIn(() => server, 'demo-hotel');
let cardSerial = 0;
/** A card of the test's own with a balance, at the program. */
function newCard(balance: number): string {
  const number = `730000000000${String(++cardSerial).padStart(4, '0')}`;
  sandbox.control.setBalance(program, number, balance);
  return number;
}

/** A points type of 10 %, a point worth 1,00 ₽, added by the manager. */
async function addPointsType(petr: AtriumClient): Promise<PaymentType> {
  return petr.payments.createType({
    name: `SDK бонусы ${randomUUID().slice(0, 8)}`,
    kind: 'points',
    loyaltyProgram: program,
    loyaltyCurrency: 'RUB',
    maxPercent: 10,
    pointValue: 100,
  });
}

/** Ирина's account owing the most. */
async function owingAccount(irina: AtriumClient): Promise<Account> {
  const { items } = await irina.payments.accounts();
  const [account] = [...items].sort((a, b) => a.balance - b.balance);
  assert.ok(account && account.balance < 0, 'the demo leaves money owed');
  return account;
}

test('FIN-5: the manager adds a points type; owners see it while it is enabled', async () => {
  const petr = await signedIn(PETR);
  const irina = await signedIn(IRINA);
  const type = await addPointsType(petr);
  assert.deepEqual(type, {
    id: type.id,
    name: type.name,
    kind: 'points',
    loyaltyProgram: program,
    loyaltyCurrency: 'RUB',
    maxPercent: 10,
    pointValue: 100,
    enabled: true,
  });
  assert.ok((await irina.payments.types()).items.some((t) => t.id === type.id));
  const off = await petr.payments.updateType(type.id, { enabled: false });
  assert.deepEqual(off, { ...type, enabled: false });
  assert.ok(!(await irina.payments.types()).items.some((t) => t.id === type.id));
  assert.ok((await petr.payments.types()).items.some((t) => t.id === type.id));
  await assert.rejects(
    irina.payments.createType({ name: 'Моя карта', kind: 'money' }),
    (error: unknown) => error instanceof AtriumError && error.code === 'forbidden',
  );
});

test('FIN-6: the quote is min(card, ⌊debt × 10 % ÷ 1,00 ₽⌋) and paying it moves the balance by its worth', async () => {
  const petr = await signedIn(PETR);
  const irina = await signedIn(IRINA);
  const type = await addPointsType(petr);
  const account = await owingAccount(irina);
  const debt = -account.balance;
  const cap = Math.floor((debt * 10) / 100 / 100);
  assert.ok(cap > 1, 'the debt lets points pay');
  const card = newCard(cap + 50);
  const quote = await irina.payments.quotePoints(account.id, {
    paymentTypeId: type.id,
    cardNumber: card,
  });
  assert.deepEqual(quote, {
    paymentTypeId: type.id,
    card: `•••• ${card.slice(-4)}`,
    cardBalance: cap + 50,
    debt,
    maxPercent: 10,
    pointValue: 100,
    available: cap,
  });
  const over = irina.payments.payWithPoints(account.id, {
    paymentTypeId: type.id,
    cardNumber: card,
    points: cap + 1,
  });
  await assert.rejects(over, (error: unknown) => {
    assert.ok(error instanceof AtriumError);
    assert.equal(error.code, 'payment_rejected');
    assert.deepEqual(
      error.fieldErrors.map((e) => [e.field, e.code, e.params]),
      [['points', 'points_over_available', { limit: cap }]],
    );
    return true;
  });
  const paid = await irina.payments.payWithPoints(account.id, {
    paymentTypeId: type.id,
    cardNumber: card,
    points: cap,
  });
  assert.deepEqual(
    [paid.method, paid.status, paid.points, paid.amount, paid.currency],
    ['points', 'succeeded', cap, cap * 100, 'RUB'],
  );
  const now = (await irina.payments.accounts()).items.find((a) => a.id === account.id);
  assert.equal(now?.balance, account.balance + cap * 100);
  assert.equal(sandbox.control.balance(program, card), 50);
});

test('FIN-6: an unknown card and a type that is off are refused by field', async () => {
  const petr = await signedIn(PETR);
  const irina = await signedIn(IRINA);
  const type = await addPointsType(petr);
  const account = await owingAccount(irina);
  const refusedOn = async (promise: Promise<unknown>) => {
    const error = await promise.then(
      () => assert.fail('not refused'),
      (e: unknown) => e,
    );
    assert.ok(error instanceof AtriumError && error.status === 422);
    return error.fieldErrors.map((e) => [e.field, e.code]);
  };
  assert.deepEqual(
    await refusedOn(
      irina.payments.quotePoints(account.id, {
        paymentTypeId: type.id,
        cardNumber: '7399999999999999',
      }),
    ),
    [['cardNumber', 'card_not_found']],
  );
  await petr.payments.updateType(type.id, { enabled: false });
  assert.deepEqual(
    await refusedOn(
      irina.payments.payWithPoints(account.id, {
        paymentTypeId: type.id,
        cardNumber: newCard(10),
        points: 1,
      }),
    ),
    [['paymentTypeId', 'payment_type_unavailable']],
  );
});

test('FIN-6: the program failing once, the SDK retries with the same key and the points are paid once', async () => {
  const petr = await signedIn(PETR);
  const irina = await signedIn(IRINA);
  const type = await addPointsType(petr);
  const account = await owingAccount(irina);
  const card = newCard(5);
  sandbox.control.fail(1, { on: 'debit' });
  // the server answers 503 with Retry-After; the SDK waits it out and sends the same key
  const paid = await irina.payments.payWithPoints(account.id, {
    paymentTypeId: type.id,
    cardNumber: card,
    points: 5,
  });
  assert.equal(paid.status, 'succeeded');
  assert.deepEqual(
    sandbox.control
      .debits()
      .filter((d) => d.cardNumber === card)
      .map((d) => d.key),
    [paid.id],
  );
  assert.equal(sandbox.control.calls().debit >= 2, true, 'the debit was asked again');
});

test('FIN-6: without retries the caller gets provider_unavailable with Retry-After, and the same key later pays once', async () => {
  const petr = await signedIn(PETR);
  const irina = await signedIn(IRINA, { retry: { limit: 0 } });
  const type = await addPointsType(petr);
  const account = await owingAccount(irina);
  const card = newCard(5);
  const body = { paymentTypeId: type.id, cardNumber: card, points: 5 };
  const idempotencyKey = randomUUID();
  sandbox.control.fail(1, { on: 'debit' });
  await assert.rejects(
    irina.payments.payWithPoints(account.id, body, { idempotencyKey }),
    (error: unknown) => {
      assert.ok(error instanceof AtriumError);
      assert.deepEqual(
        [error.code, error.status, error.retryAfter],
        ['provider_unavailable', 503, 5],
      );
      return true;
    },
  );
  const paid = await irina.payments.payWithPoints(account.id, body, { idempotencyKey });
  const again = await irina.payments.payWithPoints(account.id, body, { idempotencyKey });
  assert.equal(again.id, paid.id);
  assert.equal(sandbox.control.debits().filter((d) => d.cardNumber === card).length, 1);
});

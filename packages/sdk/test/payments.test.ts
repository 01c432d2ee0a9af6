// The payments namespace against the real server and its Polish community, whose demo
// books a year of charges and payments on every account (FIN-1) and pays online through the
// payment sandbox the server mounts on itself (FIN-2).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  AtriumError,
  idempotencyKey,
  paginate,
  returnedPaymentParam,
  type AccountEntry,
} from '../src/index.js';
import { ANNA, startRealServer, TENANT, signingIn, type RealServer } from './real-server.js';

let server: RealServer;
before(async () => {
  server = await startRealServer();
});
after(() => server.close());

const signedIn = signingIn(() => server, TENANT);

test('FIN-1: Anna sees her flat’s account in PLN, its balance the sum of every entry', async () => {
  const anna = await signedIn(ANNA);
  const { items, nextCursor } = await anna.payments.accounts();
  assert.equal(nextCursor, null);
  assert.deepEqual(
    items.map((a) => [a.number, a.unitNumber, a.currency]),
    [['LES5-012', '12', 'PLN']],
  );
  const account = items[0];
  assert.ok(account);
  const entries: AccountEntry[] = [];
  let pages = 0;
  for await (const page of paginate((q) => anna.payments.entries(account.id, q), { limit: 7 })) {
    entries.push(...page);
    pages++;
  }
  assert.ok(pages > 1, 'the history takes several pages');
  assert.equal(new Set(entries.map((e) => e.id)).size, entries.length, 'no entry twice');
  assert.equal(
    account.balance,
    entries.reduce((sum, e) => sum + e.amount, 0),
  );
  assert.ok(account.balance < 0, 'the demo leaves money owed');
  const kinds = new Set(entries.map((e) => e.title));
  for (const title of ['maintenance', 'payment', 'late_interest'] as const) {
    assert.ok(kinds.has(title), title);
  }
  assert.ok(entries.some((e) => e.kind === 'settlement'));
});

test('FIN-1: an account that is not hers is not found', async () => {
  const anna = await signedIn(ANNA);
  await assert.rejects(
    anna.payments.entries('00000000-0000-4000-8000-000000000000'),
    (error: unknown) => error instanceof AtriumError && error.status === 404,
  );
});

/** What a browser does on the provider's page: clicks a button, and is sent back (303). */
async function clickOnPage(redirectUrl: string, outcome: 'succeeded' | 'declined') {
  const response = await fetch(redirectUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ outcome }),
    redirect: 'manual',
  });
  assert.equal(response.status, 303);
  return new URL(response.headers.get('location') ?? '');
}

async function onlinePaying() {
  const anna = await signedIn(ANNA);
  const [account] = (await anna.payments.accounts()).items;
  const type = (await anna.payments.types()).items.find((t) => t.kind === 'money');
  assert.ok(account && type, 'the demo’s account and online payment type');
  const ask = (amount: number) => ({
    paymentTypeId: type.id,
    amount,
    returnUrl: `${server.url}/lesna-5/`,
  });
  return { anna, account, ask };
}

test('FIN-2: Anna pays part of her debt online; back from the provider’s page, the payment reads as paid and the balance has risen', async () => {
  const { anna, account, ask } = await onlinePaying();
  const payment = await anna.payments.pay(account.id, ask(2500));
  assert.equal(payment.status, 'pending');
  assert.ok(payment.redirectUrl, 'the provider’s page to send her to');
  const back = await clickOnPage(payment.redirectUrl, 'succeeded');
  assert.equal(back.searchParams.get(returnedPaymentParam), payment.id);
  const paid = await anna.payments.payment(payment.id);
  assert.equal(paid.status, 'succeeded');
  assert.equal(paid.redirectUrl, null);
  const [after] = (await anna.payments.accounts()).items;
  assert.equal(after?.balance, account.balance + 2500);
});

test('FIN-2: one click retried with its key is one payment; a declined one books nothing', async () => {
  const { anna, account, ask } = await onlinePaying();
  const key = idempotencyKey();
  const first = await anna.payments.pay(account.id, ask(700), { idempotencyKey: key });
  const again = await anna.payments.pay(account.id, ask(700), { idempotencyKey: key });
  assert.equal(again.id, first.id);
  await clickOnPage(first.redirectUrl ?? '', 'declined');
  const declined = await anna.payments.payment(first.id);
  assert.deepEqual([declined.status, declined.failure], ['failed', 'declined']);
  const [after] = (await anna.payments.accounts()).items;
  assert.equal(after?.balance, account.balance);
});

test('FIN-2: more than the debt is refused naming the amount, with the debt as its limit', async () => {
  const { anna, account, ask } = await onlinePaying();
  await assert.rejects(
    anna.payments.pay(account.id, ask(-account.balance + 1)),
    (error: unknown) =>
      error instanceof AtriumError &&
      error.code === 'payment_rejected' &&
      error.fieldErrors.some(
        (e) =>
          e.field === 'amount' &&
          e.code === 'amount_over_debt' &&
          e.params?.limit === -account.balance,
      ),
  );
});

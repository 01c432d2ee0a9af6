// The payments namespace against the real server and its Polish community, whose demo
// books a year of charges and payments on every account (FIN-1).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { AtriumError, paginate, type AccountEntry } from '../src/index.js';
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

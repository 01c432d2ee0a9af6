import { randomUUID } from 'node:crypto';
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { one } from '../src/db/scope.js';
import type { AccountEntry, AccountEntryPage, AccountPage } from '../src/payments/types.js';
import { engines } from './databases.js';
import { problemOf, useServer } from './helpers.js';
import { people, seedTicketsFixture, type TicketsFixture, type Who } from './tickets-fixture.js';

// Flat 14's account, booked by hand: [kind, title, month, amount, booked at]. Two pairs share
// an instant, so the id decides their order; the balance, summed by hand, is -38 023.
const booked = [
  ['charge', 'maintenance', '2026-01', -48870, '2026-01-01T05:00:00Z'],
  ['charge', 'water', '2026-01', -12000, '2026-01-01T05:00:00Z'],
  ['payment', 'payment', '2026-01', 60870, '2026-01-12T09:00:00Z'],
  ['charge', 'maintenance', '2026-02', -48870, '2026-02-01T05:00:00Z'],
  ['settlement', 'heating', '2026-02', 9774, '2026-02-20T08:00:00Z'],
  ['charge', 'late_interest', '2026-03', -57, '2026-03-01T05:00:00Z'],
  ['charge', 'maintenance', '2026-03', -48870, '2026-03-01T05:00:00Z'],
  ['payment', 'payment', '2026-03', 50000, '2026-03-15T10:00:00Z'],
] as const;
// -48 870 - 12 000 + 60 870 - 48 870 + 9 774 - 57 - 48 870 + 50 000
const handBalance = -38023;

for (const engine of engines) {
  describe(`unit accounts on ${engine.name}`, () => {
    const server = useServer(engine, { statsScheduler: false });
    let fixture: TicketsFixture;
    let account14: string;
    let empty14: string;
    let account12: string;
    let entryIds: string[];
    const tokens = new Map<Who, string>();

    before(async () => {
      fixture = await seedTicketsFixture(server().app.db);
      await server().app.db.withSystem(async (sql) => {
        const insert = async (number: string) =>
          one(
            await sql.query<{ id: string }>(
              'INSERT INTO accounts (tenant_id, unit_id, number) VALUES ($1, $2, $3) RETURNING id',
              [fixture.lesnaId, fixture.units.lokal14, number],
            ),
          ).id;
        // inserted out of their order, which the list restores
        empty14 = await insert('LES5-014B');
        account14 = await insert('LES5-014');
        account12 = one(
          await sql.query<{ id: string }>(
            "SELECT id FROM accounts WHERE tenant_id = $1 AND number = 'LES5-012'",
            [fixture.lesnaId],
          ),
        ).id;
        entryIds = [];
        for (const [kind, title, month, amount, at] of booked) {
          const inserted = await sql.query<{ id: string }>(
            `INSERT INTO account_entries (tenant_id, account_id, kind, title, month, amount,
                                          description, booked_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
            [
              fixture.lesnaId,
              account14,
              kind,
              title,
              `${month}-01`,
              amount,
              kind === 'settlement' ? 'Rozliczenie ogrzewania' : null,
              at,
            ],
          );
          entryIds.push(one(inserted).id);
        }
      });
    });

    async function tokenOf(who: Who): Promise<string> {
      const cached = tokens.get(who);
      if (cached) return cached;
      const { tenant, email, password } = people[who];
      const response = await server().fetch(`/t/${tenant}/auth/sign-in`, {
        method: 'POST',
        json: { email, password },
      });
      assert.equal(response.status, 200, `${who} signs in`);
      const { accessToken } = (await response.json()) as { accessToken: string };
      tokens.set(who, accessToken);
      return accessToken;
    }

    /** A GET as someone (null: nobody signed in), on their tenant unless told. */
    async function get(who: Who | null, path: string, tenant?: string) {
      const headers = new Headers();
      if (who) headers.set('authorization', `Bearer ${await tokenOf(who)}`);
      return server().fetch(`/t/${tenant ?? (who ? people[who].tenant : 'lesna-5')}${path}`, {
        headers,
      });
    }

    async function json<T>(response: Response, status = 200): Promise<T> {
      assert.equal(response.status, status, await response.clone().text());
      return (await response.json()) as T;
    }

    /** Every page of a list, following nextCursor. */
    async function all<T>(who: Who, path: string): Promise<T[][]> {
      const pages: T[][] = [];
      let cursor: string | null = null;
      do {
        const sep = path.includes('?') ? '&' : '?';
        const url: string = cursor ? `${path}${sep}cursor=${encodeURIComponent(cursor)}` : path;
        const page: { items: T[]; nextCursor: string | null } = await json(await get(who, url));
        pages.push(page.items);
        cursor = page.nextCursor;
      } while (cursor);
      return pages;
    }

    /** The booked entries (by index), newest first: booked later, or at one instant the higher id. */
    const newest = (indices: number[]) =>
      [...indices].sort((i, j) => {
        const [a, b] = [booked[i]?.[4] ?? '', booked[j]?.[4] ?? ''];
        const [x, y] = [entryIds[i] ?? '', entryIds[j] ?? ''];
        return a !== b ? (a < b ? 1 : -1) : x < y ? 1 : -1;
      });
    const newestIds = () => newest(entryIds.map((_, i) => i)).map((i) => entryIds[i]);
    const numbers = (page: AccountPage) => page.items.map((a) => a.number);
    const entries = async (who: Who, query = '') =>
      json<AccountEntryPage>(await get(who, `/accounts/${account14}/entries?${query}`));

    it('FIN-1 the balance is the sum of the entries, counted by hand; an account without any has 0', async () => {
      const page = await json<AccountPage>(await get('olena', '/accounts'));
      assert.equal(page.items[0]?.balance, handBalance, 'the server’s balance is the hand sum');
      assert.equal(
        booked.reduce((sum, [, , , amount]) => sum + amount, 0),
        handBalance,
        'the hand sum is of the entries booked',
      );
      assert.deepEqual(page.items, [
        {
          id: account14,
          number: 'LES5-014',
          unitId: fixture.units.lokal14,
          unitNumber: '14',
          propertyName: page.items[0]?.propertyName,
          currency: 'PLN',
          balance: handBalance,
        },
        {
          id: empty14,
          number: 'LES5-014B',
          unitId: fixture.units.lokal14,
          unitNumber: '14',
          propertyName: page.items[0]?.propertyName,
          currency: 'PLN',
          balance: 0,
        },
      ]);
      assert.equal(page.items[0]?.propertyName, 'Wspólnota Mieszkaniowa Leśna 5');
      assert.equal(page.nextCursor, null);
    });

    it('FIN-1 entries come newest first, a shared instant by id, each as booked', async () => {
      const page = await json<AccountEntryPage>(
        await get('olena', `/accounts/${account14}/entries`),
      );
      assert.deepEqual(
        page.items.map((e) => e.id),
        newestIds(),
      );
      const settlement = page.items.find((e) => e.kind === 'settlement');
      assert.deepEqual(settlement, {
        id: entryIds[4] ?? '',
        kind: 'settlement',
        title: 'heating',
        month: '2026-02',
        amount: 9774,
        description: 'Rozliczenie ogrzewania',
        method: null,
        bookedAt: '2026-02-20T08:00:00.000Z',
      } satisfies AccountEntry);
      // booked by hand, as a bank transfer is
      assert.deepEqual(
        page.items.filter((e) => e.kind === 'payment').map((e) => e.method),
        ['transfer', 'transfer'],
      );
      assert.equal(
        page.items.reduce((sum, e) => sum + e.amount, 0),
        handBalance,
      );
    });

    it('FIN-1 pages of entries follow each other without a gap or a repeat, even across a shared instant', async () => {
      for (const limit of [1, 2, 3]) {
        const pages = await all<AccountEntry>(
          'olena',
          `/accounts/${account14}/entries?limit=${limit}`,
        );
        assert.ok(pages.every((p) => p.length <= limit && p.length > 0));
        assert.deepEqual(
          pages.flat().map((e) => e.id),
          newestIds(),
          `limit ${limit}`,
        );
      }
    });

    it('FIN-1 from and to keep the months the entries are for, both inclusive', async () => {
      const ids = async (query: string) =>
        (await entries('olena', query)).items.map((e) => entryIds.indexOf(e.id));
      assert.deepEqual(await ids('from=2026-02&to=2026-02'), newest([4, 3]));
      assert.deepEqual(await ids('from=2026-03'), newest([7, 6, 5]));
      assert.deepEqual(await ids('to=2026-01'), newest([2, 1, 0]));
      assert.deepEqual(await ids('from=2025-01&to=2025-12'), []);
      const pages = await all<AccountEntry>(
        'olena',
        `/accounts/${account14}/entries?from=2026-02&limit=2`,
      );
      assert.deepEqual(
        pages.map((p) => p.map((e) => entryIds.indexOf(e.id))),
        [0, 2, 4].map((start) => newest([7, 6, 5, 4, 3]).slice(start, start + 2)),
      );
    });

    it('FIN-1 owners and residents see the accounts of their units only', async () => {
      for (const who of ['anna', 'jan', 'tom'] as const) {
        const page = await json<AccountPage>(await get(who, '/accounts'));
        assert.deepEqual(numbers(page), ['LES5-012'], who);
        assert.equal(page.items[0]?.id, account12);
      }
      const own = await json<AccountEntryPage>(await get('anna', `/accounts/${account12}/entries`));
      assert.ok(own.items.length > 0, 'the demo booked her flat’s year');
    });

    it('FIN-1 staff see every account of the tenant, by property, unit number and account number, in pages', async () => {
      const pages = await all<AccountPage['items'][number]>('katarzyna', '/accounts?limit=4');
      assert.deepEqual(
        pages.flat().map((a) => a.number),
        [
          'LES5-001',
          'LES5-002',
          'LES5-003',
          'LES5-004',
          'LES5-005',
          'LES5-006',
          'LES5-007',
          'LES5-008',
          'LES5-009',
          'LES5-012',
          'LES5-014',
          'LES5-014B',
          'LES5-U01',
        ],
      );
      assert.ok(pages.flat().every((a) => a.currency === 'PLN'));
      const filtered = await json<AccountPage>(
        await get('katarzyna', `/accounts?unitId=${fixture.units.lokal14}`),
      );
      assert.deepEqual(numbers(filtered), ['LES5-014', 'LES5-014B']);
      const seen = await json<AccountEntryPage>(
        await get('katarzyna', `/accounts/${account14}/entries?limit=100`),
      );
      assert.equal(seen.items.length, booked.length);
    });

    it('FIN-1 an accounts cursor holds its place in the order, so another tenant’s pages by it and an old-style one is a 400', async () => {
      const lesna = await json<AccountPage>(await get('katarzyna', '/accounts?limit=1'));
      assert.ok(lesna.nextCursor);
      const petrAll = await json<AccountPage>(await get('petr', '/accounts?limit=100'));
      // Пётр's property names (Cyrillic) sort after Leśna's in byte order: all of his follow
      const foreign = await json<AccountPage>(
        await get('petr', `/accounts?limit=100&cursor=${encodeURIComponent(lesna.nextCursor)}`),
      );
      assert.ok(petrAll.items.length > 0);
      assert.deepEqual(foreign, petrAll);
      const byId = Buffer.from(JSON.stringify([account14])).toString('base64url');
      const stale = await get('katarzyna', `/accounts?cursor=${byId}`);
      assert.equal(stale.status, 400);
      assert.deepEqual(
        (await problemOf(stale)).errors?.map((e) => e.field),
        ['cursor'],
      );
    });

    it('FIN-1 another unit’s resident, a person without a unit, another tenant and nobody get no account', async () => {
      // Olena lives in 14: flat 12 is not hers, as a filter or by its account
      assert.equal((await get('olena', `/accounts?unitId=${fixture.units.lokal12}`)).status, 404);
      assert.equal((await get('olena', `/accounts/${account12}/entries`)).status, 404);
      assert.equal((await get('anna', `/accounts/${account14}/entries`)).status, 404);
      assert.equal((await get('anna', `/accounts?unitId=${fixture.units.lokal14}`)).status, 404);
      // Marek sits on a board but neither owns nor lives anywhere
      const marek = await get('marek', '/accounts');
      assert.equal(marek.status, 403);
      assert.equal((await problemOf(marek)).code, 'forbidden');
      assert.equal((await get('marek', `/accounts/${account14}/entries`)).status, 404);
      // Пётр manages the other tenant: this tenant's accounts are no accounts of his
      const petr = await json<AccountPage>(await get('petr', '/accounts?limit=100'));
      assert.ok(petr.items.length > 0);
      assert.ok(petr.items.every((a) => a.currency === 'RUB' && a.id !== account14));
      assert.equal((await get('petr', `/accounts/${account14}/entries`)).status, 404);
      assert.equal((await get('petr', `/accounts?unitId=${fixture.units.lokal14}`)).status, 404);
      // and staff asking after a unit or an account that does not exist
      assert.equal((await get('katarzyna', `/accounts?unitId=${randomUUID()}`)).status, 404);
      assert.equal((await get('katarzyna', `/accounts/${randomUUID()}/entries`)).status, 404);
      for (const path of ['/accounts', `/accounts/${account14}/entries`]) {
        const anonymous = await get(null, path);
        assert.equal(anonymous.status, 401, path);
        assert.equal((await problemOf(anonymous)).code, 'unauthenticated');
      }
    });

    it('FIN-1 a bad query is a 400 naming the field', async () => {
      const fields = async (who: Who, path: string) => {
        const response = await get(who, path);
        assert.equal(response.status, 400, path);
        return (await problemOf(response)).errors?.map((e) => e.field);
      };
      const history = `/accounts/${account14}/entries`;
      assert.deepEqual(await fields('olena', `${history}?from=2026-13`), ['from']);
      assert.deepEqual(await fields('olena', `${history}?to=2026-1`), ['to']);
      assert.deepEqual(await fields('olena', `${history}?from=2026-03&to=2026-02`), ['to']);
      assert.deepEqual(await fields('olena', `${history}?limit=0`), ['limit']);
      assert.deepEqual(await fields('olena', `${history}?cursor=bm9wZQ`), ['cursor']);
      const bySeq = Buffer.from(JSON.stringify(['2026-03-15T10:00:00.000000Z', '7'])).toString(
        'base64url',
      );
      assert.deepEqual(await fields('olena', `${history}?cursor=${bySeq}`), ['cursor']);
      assert.deepEqual(await fields('olena', '/accounts?limit=0'), ['limit']);
      assert.deepEqual(await fields('olena', '/accounts?unitId=12'), ['unitId']);
      assert.deepEqual(await fields('olena', '/accounts?cursor=bm9wZQ'), ['cursor']);
      assert.equal((await get('olena', '/accounts/12/entries')).status, 400);
    });

    it('FIN-1 the stored balance of every account is the sum of its entries, after the demo and by hand', async () => {
      const { rows } = await server().app.db.withSystem((sql) =>
        sql.query<{ id: string; tenant: string; balance: string; sum: string }>(
          `SELECT a.id, t.slug AS tenant, a.balance::text AS balance,
                  coalesce((SELECT sum(e.amount) FROM account_entries e
                             WHERE e.tenant_id = a.tenant_id AND e.account_id = a.id), 0)::text AS sum
             FROM accounts a JOIN tenants t ON t.id = a.tenant_id`,
        ),
      );
      for (const row of rows) assert.equal(row.balance, row.sum, row.id);
      for (const tenant of ['lesna-5', 'demo-hotel']) {
        assert.ok(
          rows.some((r) => r.tenant === tenant && r.balance !== '0'),
          `the demo booked ${tenant}`,
        );
      }
      assert.equal(rows.find((r) => r.id === account14)?.balance, '-38023');
    });

    it('FIN-1 a booking that would take the balance past the bound is refused whole, the balance unchanged', async () => {
      await assert.rejects(
        server().app.db.withSystem((sql) =>
          sql.query(
            `INSERT INTO account_entries (tenant_id, account_id, kind, title, month, amount)
             VALUES ($1, $2, 'charge', 'rent', '2026-01-01', -60000000000),
                    ($1, $2, 'charge', 'rent', '2026-02-01', -60000000000)`,
            [fixture.lesnaId, empty14],
          ),
        ),
        /violates check constraint "accounts_balance_check"/,
      );
      const stored = await server().app.db.withSystem(async (sql) =>
        one(
          await sql.query<{ balance: string; entries: string }>(
            `SELECT balance::text AS balance,
                    (SELECT count(*) FROM account_entries WHERE account_id = $1)::text AS entries
               FROM accounts WHERE id = $1`,
            [empty14],
          ),
        ),
      );
      assert.deepEqual(stored, { balance: '0', entries: '0' });
      const page = await json<AccountPage>(await get('olena', '/accounts'));
      assert.equal(page.items.find((a) => a.id === empty14)?.balance, 0);
    });

    it('FIN-2 an entry booked under a source and reference already booked is refused, and one without the other', async () => {
      const book = (source: string | null, reference: string | null, month = '2026-01-01') =>
        server().app.db.withSystem((sql) =>
          sql.query(
            `INSERT INTO account_entries (tenant_id, account_id, kind, title, month, amount,
                                          source, reference)
             VALUES ($1, $2, 'payment', 'payment', $3, 1, $4, $5)`,
            [fixture.lesnaId, account12, month, source, reference],
          ),
        );
      const balance = async () =>
        (await json<AccountPage>(await get('anna', '/accounts'))).items[0]?.balance ?? NaN;
      const before = await balance();
      await book('przelewy24', 'evt-0001');
      await assert.rejects(
        book('przelewy24', 'evt-0001', '2026-02-01'),
        /violates unique constraint "account_entries_booked_once"/,
      );
      // another provider's event of the same id is another payment
      await book('payu', 'evt-0001');
      for (const [source, reference] of [
        ['przelewy24', null],
        [null, 'evt-0002'],
      ] as const) {
        await assert.rejects(
          book(source, reference),
          /violates check constraint "account_entries_source_with_reference"/,
        );
      }
      for (const [source, reference, name] of [
        ['', 'evt-0003', 'source'],
        ['payu', '', 'reference'],
      ] as const) {
        await assert.rejects(
          book(source, reference),
          new RegExp(`violates check constraint "account_entries_${name}_check"`),
        );
      }
      assert.equal(await balance(), before + 2, 'the replay booked nothing');
    });

    it('FIN-1 the table refuses an entry signed against its kind, a title not of its kind, a month not its first day, an amount past the contract', async () => {
      const refused = [
        ['charge', 'maintenance', '2026-01-01', 1, 'charge_negative'],
        ['payment', 'payment', '2026-01-01', -1, 'payment_positive'],
        ['settlement', 'heating', '2026-01-01', 0, 'settlement_nonzero'],
        ['payment', 'maintenance', '2026-01-01', 1, 'title_of_kind'],
        ['charge', 'payment', '2026-01-01', -1, 'title_of_kind'],
        ['charge', 'maintenance', '2026-01-02', -1, 'month_check'],
        ['charge', 'maintenance', '2026-01-01', -100000000001, 'amount_check'],
      ] as const;
      for (const [kind, title, month, amount, name] of refused) {
        await assert.rejects(
          server().app.db.withSystem((sql) =>
            sql.query(
              `INSERT INTO account_entries (tenant_id, account_id, kind, title, month, amount)
               VALUES ($1, $2, $3, $4, $5, $6)`,
              [fixture.lesnaId, empty14, kind, title, month, amount],
            ),
          ),
          new RegExp(`violates check constraint "account_entries_${name}"`),
          `${kind} ${title} ${month} ${amount}`,
        );
      }
      await assert.rejects(
        server().app.db.withSystem((sql) =>
          sql.query(
            `INSERT INTO account_entries (tenant_id, account_id, kind, title, month, amount)
             VALUES ($1, $2, 'charge', 'water', '2026-01-01', -1)`,
            [fixture.hotelId, empty14],
          ),
        ),
        /violates foreign key constraint "account_entries_tenant_id_account_id_fkey"/,
        'an entry on another tenant’s account',
      );
      // an entry once booked stays as booked: a correction is another entry
      for (const change of [
        'UPDATE account_entries SET amount = amount - 1 WHERE id = $1',
        'DELETE FROM account_entries WHERE id = $1',
      ]) {
        await assert.rejects(
          server().app.db.withSystem((sql) => sql.query(change, [entryIds[0]])),
          /account entries are never updated or deleted/,
          change,
        );
      }
    });
  });
}

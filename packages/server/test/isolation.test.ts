// The isolation sweep (ORG-1): every operation of the contract that takes an id, enumerated
// from it, is called with the ids of tenant A's own resources by tenant B's manager, owner
// and resident (through B's address and through A's) and by nobody. Each answer is 401, 403
// or 404 as a problem, with none of A's ids in it, and no table of the database changes. A
// new route with an id is swept without anyone remembering to.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { engines } from './databases.js';
import { fingerprint } from './fuzz/fingerprint.js';
import { idParameters, tenantIds } from './fuzz/ids.js';
import { operations, type Operation } from './fuzz/operations.js';
import { assertRefused, callWith } from './fuzz/refusal.js';
import type { Sql } from '../src/db/scope.js';
import { useServer } from './helpers.js';
import { createPeopleLab, labPassword, type PeopleLab, type Who } from './people-fixture.js';

const tenantA = 'lesna-5';
const ownerA = { email: 'anna@lesna5.example', password: 'Lesna5-Haslo!' };
const managerOfA = { email: 'katarzyna@lesna5.example', password: 'Zarzad-2026!' };
const strangers: Who[] = ['manager', 'owner', 'resident'];
const withIds = operations().filter((o) => idParameters([o]).size > 0);

for (const engine of engines) {
  describe(`isolation of every operation with an id, on ${engine.name}`, () => {
    const server = useServer(engine, { statsScheduler: false });
    let labB: PeopleLab;
    let idsA: Record<string, string> = {};
    const tokensB = new Map<Who, string>();
    before(async () => {
      labB = await createPeopleLab(server(), 'isolation-b');
      // A's owner signed in (a session of A to revoke) with a payment begun, and an import
      const owner = server().client(tenantA);
      await owner.auth.signIn(ownerA);
      const [account] = (await owner.payments.accounts()).items;
      const type = (await owner.payments.types()).items.find((t) => t.kind === 'money');
      assert.ok(account && type);
      await owner.payments.pay(account.id, {
        paymentTypeId: type.id,
        amount: 100,
        returnUrl: `${server().url}/${tenantA}/`,
      });
      const managerA = server().client(tenantA);
      await managerA.auth.signIn(managerOfA);
      await managerA.imports.upload('properties', new Blob(['name\n'], { type: 'text/csv' }));
      // the hotel's own kinds (bookings) from the other demo tenant, which B is a stranger to too
      idsA = {
        ...(await tenantIds(server(), 'demo-hotel')),
        ...(await tenantIds(server(), tenantA)),
      };
      for (const who of strangers) {
        const session = await server()
          .client(labB.slug)
          .auth.signIn({ email: labB.emailOf(who), password: labPassword });
        tokensB.set(who, session.accessToken);
      }
    });

    const call = (operation: Operation, slug: string, token?: string) =>
      callWith(server(), operation, { slug, ids: idsA, token });
    const refused = (response: Response, where: string) =>
      assertRefused(response, where, Object.values(idsA));

    it('the sweep has every operation that takes an id, and an id of A for each', () => {
      assert.ok(withIds.length >= 50);
      // the demo has no registration waiting (it takes an SMS code): a random id stands in
      for (const name of idParameters(withIds)) {
        if (name !== 'registrationId') assert.ok(idsA[name], name);
      }
    });

    it('ORG-1 with no tenant in a query at all, row-level security alone shows only the scope’s own rows', async () => {
      const db = server().app.db;
      const count = (sql: Sql, text: string, values: unknown[] = []) =>
        sql.query<{ n: number }>(text, values).then((r) => r.rows[0]?.n ?? -1);
      const { tenants, tables } = await db.withSystem(async (sql) => ({
        tenants: (
          await sql.query<{ id: string }>('SELECT id FROM tenants WHERE slug = ANY($1)', [
            [tenantA, labB.slug],
          ])
        ).rows.map((r) => r.id),
        tables: (
          await sql.query<{ name: string }>(
            `SELECT quote_ident(c.relname) AS name FROM pg_class c
               JOIN pg_namespace n ON n.oid = c.relnamespace
               JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'tenant_id'
              WHERE n.nspname = 'public' AND c.relkind = 'r'
                AND has_table_privilege('atrium_app', c.oid, 'SELECT')
              ORDER BY 1`,
          )
        ).rows.map((r) => r.name),
      }));
      assert.ok(tables.length >= 40, 'the tenant tables');
      let hidden = 0;
      for (const tenantId of tenants) {
        for (const table of tables) {
          const [own, all] = await db.withSystem(async (sql) => [
            await count(sql, `SELECT count(*)::int AS n FROM ${table} WHERE tenant_id = $1`, [
              tenantId,
            ]),
            await count(sql, `SELECT count(*)::int AS n FROM ${table}`),
          ]);
          // the query names no tenant: only the transaction's scope does
          const seen = await db.withTenant(tenantId, (sql) =>
            count(sql, `SELECT count(*)::int AS n FROM ${table}`),
          );
          assert.equal(seen, own, table);
          hidden += all - own;
        }
      }
      assert.ok(hidden > 1000, 'other tenants’ rows were there to be hidden');
    });

    for (const operation of withIds) {
      it(`${operation.id}: ${operation.method} ${operation.path}`, async () => {
        const before = await fingerprint(server());
        for (const who of strangers) {
          const token = tokensB.get(who);
          await refused(await call(operation, labB.slug, token), `B's ${who} at B`);
          await refused(await call(operation, tenantA, token), `B's ${who} at A`);
        }
        await refused(await call(operation, tenantA), 'nobody at A');
        assert.equal(await fingerprint(server()), before, 'no table changed');
      });
    }
  });
}

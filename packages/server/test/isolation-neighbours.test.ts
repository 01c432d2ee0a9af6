// The isolation sweep within a tenant: every operation of the contract whose path names a
// person's or a unit's own resource (their account, payments, tickets and photos, meters,
// sessions, bookings, reports), enumerated from it, is called with the ids of an owner's own
// things by the owner and the resident of another unit of the same tenant. Each answer is a
// 401, 403 or 404 problem showing none of those ids nor the owner's e-mail, and no table of
// the database changes. An id kind the contract gains must be placed in fuzz/ids.ts as a
// person's own or as the tenant's shared, so a new route is swept without anyone remembering.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { hashPassword } from '../src/auth/passwords.js';
import { one } from '../src/db/scope.js';
import { tinyPng } from '../src/demo/tiny-png.js';
import { engines } from './databases.js';
import { fingerprint } from './fuzz/fingerprint.js';
import { idParameters, personalIds, personalIdsOf, sharedIds, tenantIds } from './fuzz/ids.js';
import { operations, type Operation } from './fuzz/operations.js';
import { assertRefused, callWith } from './fuzz/refusal.js';
import { useServer, type TestServer } from './helpers.js';

/** The owners whose things are tried: one of a housing community, one of an apart-hotel. */
const owners = [
  { slug: 'lesna-5', email: 'anna@lesna5.example', password: 'Lesna5-Haslo!' },
  { slug: 'demo-hotel', email: 'irina@nevsky-apart.example', password: 'Nevsky-2026' },
];
const neighbourPassword = 'Neighbour-2026!';
const roles = ['owner', 'resident'] as const;
const operationsWithIds = operations().filter((o) => idParameters([o]).size > 0);
const personal = (o: Operation) => o.parameters.filter((p) => p.name in personalIds);
const swept = operationsWithIds.filter((o) => personal(o).length > 0);

/**
 * The owner's own things (a payment begun and a ticket with a photo among them where they
 * pay), and the tenant's shared ones to fill the rest of a path.
 */
async function ownThings(server: TestServer, owner: (typeof owners)[number]) {
  const client = server.client(owner.slug);
  const { accessToken } = await client.auth.signIn({
    email: owner.email,
    password: owner.password,
  });
  const me = await client.people.me();
  if (owner.slug === 'lesna-5') {
    const [account] = (await client.payments.accounts()).items;
    const type = (await client.payments.types()).items.find((t) => t.kind === 'money');
    assert.ok(account && type);
    await client.payments.pay(account.id, {
      paymentTypeId: type.id,
      amount: 100,
      returnUrl: `${server.url}/${owner.slug}/`,
    });
    const png = new Blob([new Uint8Array(tinyPng(2, 2, () => [10, 20, 30]))], {
      type: 'image/png',
    });
    const photo = await client.tickets.uploadPhoto(png);
    await client.tickets.create({
      unitId: account.unitId,
      place: 'unit',
      category: 'plumbing',
      description: 'The tap in the kitchen drips all night.',
      photoIds: [photo.id],
    });
  }
  const own = await personalIdsOf(server, me.id);
  return { ids: { ...(await tenantIds(server, owner.slug)), ...own }, own, accessToken };
}

/** A new unit beside the owner's first, with an owner and a resident of its own, signed in. */
async function neighbours(server: TestServer, slug: string, ownerUnitId: string) {
  const hash = await hashPassword(neighbourPassword);
  await server.app.db.withSystem(async (sql) => {
    const { id: unitId } = one(
      await sql.query<{ id: string }>(
        `INSERT INTO units (tenant_id, property_id, number, area)
         SELECT tenant_id, property_id, 'N-1', 40 FROM units WHERE id = $1 RETURNING id`,
        [ownerUnitId],
      ),
    );
    for (const role of roles) {
      await sql.query(
        `WITH p AS (INSERT INTO people (tenant_id, email, name, locale, password_hash)
                    SELECT tenant_id, $2, $3, 'en', $4 FROM units WHERE id = $1 RETURNING id, tenant_id)
         INSERT INTO person_units (tenant_id, person_id, unit_id, role, ownership_share)
         SELECT p.tenant_id, p.id, $1, $5, $6 FROM p`,
        [
          unitId,
          `${role}.n1@${slug}.example`,
          `Neighbour ${role}`,
          hash,
          role,
          role === 'owner' ? 1 : null,
        ],
      );
    }
  });
  const tokens = new Map<string, string>();
  for (const role of roles) {
    const client = server.client(slug);
    const session = await client.auth.signIn({
      email: `${role}.n1@${slug}.example`,
      password: neighbourPassword,
    });
    tokens.set(role, session.accessToken);
  }
  return tokens;
}

it('every id kind of the contract is placed as a person’s own or as the tenant’s shared', () => {
  const placed = new Set([...Object.keys(personalIds), ...sharedIds]);
  for (const name of idParameters(operationsWithIds)) assert.ok(placed.has(name), name);
  assert.ok(swept.length >= 25, 'the operations on a person’s own things');
});

for (const engine of engines) {
  describe(`isolation of a person's own things from another unit's people, on ${engine.name}`, () => {
    const server = useServer(engine, { statsScheduler: false });
    const cases = new Map<
      string,
      {
        ids: Record<string, string>;
        secrets: string[];
        ownerToken: string;
        tokens: Map<string, string>;
      }
    >();
    before(async () => {
      for (const owner of owners) {
        const { ids, own, accessToken } = await ownThings(server(), owner);
        assert.ok(own.unitId, owner.email);
        const tokens = await neighbours(server(), owner.slug, own.unitId);
        const secrets = [...Object.values(own), owner.email];
        cases.set(owner.slug, { ids, secrets, ownerToken: accessToken, tokens });
      }
    });

    it('the ids are the owners’ own: with them, the owners read their own things', async () => {
      const read = new Set<string>();
      for (const operation of swept.filter((o) => o.method === 'GET')) {
        for (const owner of owners) {
          const { ids, ownerToken } = cases.get(owner.slug) ?? assert.fail(owner.slug);
          if (!personal(operation).every((p) => ids[p.name])) continue;
          const response = await callWith(server(), operation, {
            slug: owner.slug,
            ids,
            token: ownerToken,
          });
          if (response.ok) read.add(operation.id);
        }
      }
      for (const id of ['getTicket', 'listMeterReadings', 'getPayment', 'downloadAgentReport']) {
        assert.ok(read.has(id), id);
      }
    });

    it('each personal id kind of the contract is tried on an owner who has one', () => {
      for (const parameter of new Set(swept.flatMap((o) => personal(o).map((p) => p.name)))) {
        const tried = [...cases.values()].some(({ ids }) => ids[parameter]);
        assert.ok(tried, parameter);
      }
    });

    for (const operation of swept) {
      it(`${operation.id}: ${operation.method} ${operation.path}`, async () => {
        const before = await fingerprint(server());
        for (const owner of owners) {
          const { ids, secrets, tokens } = cases.get(owner.slug) ?? assert.fail(owner.slug);
          if (!personal(operation).every((p) => ids[p.name])) continue;
          for (const [role, token] of tokens) {
            const response = await callWith(server(), operation, { slug: owner.slug, ids, token });
            await assertRefused(response, `${owner.slug}'s other ${role}`, secrets);
          }
        }
        assert.equal(await fingerprint(server()), before, 'no table changed');
      });
    }
  });
}

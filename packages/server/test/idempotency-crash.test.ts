// A keyed create whose process died after the work committed but before its answer was
// stored (crash/sigkill.test.ts kills the server there at random): the retry with the same
// Idempotency-Key finds what the first send made, and makes nothing more.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { one } from '../src/db/scope.js';
import { engines } from './databases.js';
import { useServer } from './helpers.js';

const manager = { email: 'katarzyna@lesna5.example', password: 'Zarzad-2026!' };
const anna = { email: 'anna@lesna5.example', password: 'Lesna5-Haslo!' };

for (const engine of engines) {
  describe(`a create whose answer a crash lost, on ${engine.name}`, () => {
    const server = useServer(engine, { statsScheduler: false });

    /** What a process killed between its commit and its stored answer leaves of a key. */
    const loseAnswer = (key: string) =>
      server().app.db.withSystem((sql) =>
        sql.query(
          `UPDATE idempotency_keys SET status = NULL, content_type = NULL, body = NULL,
                  claimed_by = gen_random_uuid() WHERE key = $1`,
          [key],
        ),
      );

    const count = (table: string) =>
      server().app.db.withSystem(async (sql) =>
        Number(one(await sql.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`)).n),
      );

    /** Sends a create twice under one key with the first answer lost between: its id. */
    async function createdOnce(token: string, path: string, body: object, table: string) {
      const before = await count(table);
      const key = `lost-answer-${path}-${before}`;
      const send = () =>
        server().fetch(`/t/lesna-5${path}`, {
          method: 'POST',
          json: body,
          headers: { authorization: `Bearer ${token}`, 'idempotency-key': key },
        });
      const first = await send();
      assert.equal(first.status, 201, `${path}: ${await first.clone().text()}`);
      const made = ((await first.json()) as { id?: string; ticket?: { id: string } }) ?? {};
      await loseAnswer(key);
      const retry = await send();
      assert.equal(retry.status, 201, path);
      assert.equal(retry.headers.get('idempotent-replayed'), null, 'the work was looked at again');
      const again = (await retry.json()) as typeof made;
      assert.equal(again.id ?? again.ticket?.id, made.id ?? made.ticket?.id, path);
      assert.equal(await count(table), before + 1, `${path}: one ${table} row`);
      return made.id ?? made.ticket?.id ?? '';
    }

    it('AUTH-4 TKT-1 MTR-1 FIN-5 a directory entry, a person, a ticket and its comment, a meter and a payment type are made once, and the retry answers with it', async () => {
      const staff = (await server().client('lesna-5').auth.signIn(manager)).accessToken;
      const owner = (await server().client('lesna-5').auth.signIn(anna)).accessToken;
      const { propertyId, unitId } = await server().app.db.withSystem(async (sql) =>
        one(
          await sql.query<{ propertyId: string; unitId: string }>(
            `SELECT u.property_id AS "propertyId", u.id AS "unitId" FROM units u
               JOIN tenants t ON t.id = u.tenant_id WHERE t.slug = 'lesna-5' AND u.number = '12'`,
          ),
        ),
      );
      await createdOnce(staff, '/property-groups', { name: 'Crash Group' }, 'property_groups');
      const unit = await createdOnce(
        staff,
        '/units',
        { propertyId, number: 'CR-1', area: '40' },
        'units',
      );
      await createdOnce(staff, `/units/${unit}/accounts`, { number: 'CR-ACC-1' }, 'accounts');
      await createdOnce(staff, '/people', { name: 'Crash Person', locale: 'pl' }, 'people');
      const ticket = await createdOnce(
        owner,
        '/tickets',
        {
          unitId,
          place: 'unit',
          category: 'plumbing',
          description: 'The radiator knocks whenever the heating starts.',
        },
        'tickets',
      );
      await createdOnce(
        owner,
        `/tickets/${ticket}/comments`,
        { text: 'Still knocking.' },
        'ticket_events',
      );
      const today = new Date().toISOString().slice(0, 10);
      await createdOnce(
        staff,
        '/meters',
        {
          unitId: unit,
          kind: 'hot_water',
          serialNumber: 'CR-310077',
          measure: 'm3',
          digits: 5,
          decimals: 3,
          installedOn: today,
          verificationDueOn: '2032-11-02',
          initialValue: '0.000',
        },
        'meters',
      );
      await createdOnce(
        staff,
        '/payment-types',
        { name: 'Crash transfer', kind: 'money' },
        'payment_types',
      );
    });
  });
}

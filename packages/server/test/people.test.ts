import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { engines } from './databases.js';
import { problemOf, useServer } from './helpers.js';

const anna = { email: 'anna@lesna5.example', password: 'Lesna5-Haslo!' };

for (const engine of engines) {
  describe(`people and branding on ${engine.name}`, () => {
    const server = useServer(engine);

    it('DIR-3 /me lists a co-owner’s unit with every role and the exact share', async () => {
      const client = server().client('lesna-5');
      await client.auth.signIn(anna);
      const me = await client.people.me();
      assert.equal(me.name, 'Anna Nowak');
      assert.equal(me.locale, 'pl');
      assert.deepEqual(me.roles, ['owner', 'resident', 'board_member']);
      assert.equal(me.units.length, 1);
      const [unit] = me.units;
      assert.ok(unit);
      assert.deepEqual(
        { number: unit.number, area: unit.area, roles: unit.roles, share: unit.ownershipShare },
        { number: '12', area: '54.30', roles: ['owner', 'resident', 'board_member'], share: '0.5' },
      );
      assert.deepEqual(
        { name: unit.property.name, address: unit.property.address },
        { name: 'Wspólnota Mieszkaniowa Leśna 5', address: 'ul. Leśna 5, 30-001 Kraków' },
      );
    });

    it('DIR-3 shares travel as exact decimals, never rounded through floats', async () => {
      await server().app.db.withSystem((sql) =>
        sql.query(
          `UPDATE person_units SET ownership_share = CASE
             WHEN person_id = (SELECT id FROM people WHERE email = 'anna@lesna5.example') THEN 0.33333334
             ELSE 0.66666666 END
           WHERE role = 'owner' AND unit_id IN (SELECT id FROM units WHERE number = '12')`,
        ),
      );
      const client = server().client('lesna-5');
      await client.auth.signIn(anna);
      const [unit] = (await client.people.me()).units;
      assert.ok(unit);
      assert.equal(unit.ownershipShare, '0.33333334');
      const janClient = server().client('lesna-5');
      await janClient.auth.signIn({ email: 'jan@lesna5.example', password: 'Lesna5-Jan-1!' });
      assert.equal((await janClient.people.me()).units[0]?.ownershipShare, '0.66666666');
    });

    it('DIR-3 an owner of two apartments sees both; staff see their role and no units', async () => {
      const owner = server().client('demo-hotel');
      await owner.auth.signIn({ email: 'irina@nevsky-apart.example', password: 'Nevsky-2026' });
      const me = await owner.people.me();
      assert.deepEqual(me.roles, ['owner']);
      assert.deepEqual(
        me.units.map((u) => [u.number, u.area, u.ownershipShare, u.roles]),
        [
          ['101', '32.50', '1', ['owner']],
          ['204', '45.80', '1', ['owner']],
        ],
      );
      const manager = server().client('demo-hotel');
      await manager.auth.signIn({ email: 'petr@nevsky-apart.example', password: 'Manager-2026' });
      const staff = await manager.people.me();
      assert.deepEqual([staff.name, staff.roles, staff.units], ['Пётр Иванов', ['manager'], []]);
    });

    it('ORG-2 ORG-3 branding and password policy per tenant, public and cacheable', async () => {
      const hotel = await server().client('demo-hotel').tenants.branding();
      assert.equal(hotel.name, 'Невский Апарт');
      assert.equal(hotel.currency, 'RUB');
      assert.equal(hotel.defaultLocale, 'ru');
      assert.deepEqual(hotel.passwordPolicy, {
        minLength: 8,
        requireDigit: true,
        requireSymbol: false,
        requireUpper: false,
        requireLower: false,
      });
      const lesna = await server().client('lesna-5').tenants.branding();
      assert.equal(lesna.name, 'Wspólnota Mieszkaniowa Leśna 5');
      assert.equal(lesna.currency, 'PLN');
      assert.equal(lesna.colors.primary, '#166534');
      assert.equal(lesna.contactEmail, 'zarzad@lesna5.example');
      assert.deepEqual(lesna.passwordPolicy, {
        minLength: 10,
        requireDigit: true,
        requireSymbol: true,
        requireUpper: true,
        requireLower: true,
      });
      const raw = await server().fetch('/t/lesna-5/branding');
      assert.match(raw.headers.get('cache-control') ?? '', /public, max-age=\d+/);
    });

    it('ORG-1 an unknown tenant is tenant_not_found', async () => {
      const response = await server().fetch('/t/no-such-company/branding');
      assert.equal(response.status, 404);
      assert.equal((await problemOf(response)).code, 'tenant_not_found');
    });
  });
}

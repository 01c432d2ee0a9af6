import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { DirectoryPerson, DirectoryPersonPage, Locale } from '@atrium/sdk';
import { AtriumError } from '@atrium/sdk';
import { fieldMessage } from '../src/errors/messages.js';
import { encodeIdCursor } from '../src/pagination/cursor.js';
import { engines } from './databases.js';
import { problemOf, useServer, type Call } from './helpers.js';
import {
  createPeopleLab,
  json,
  labPassword,
  otherTenantManager,
  residents,
  type PeopleLab,
  type Who,
} from './people-fixture.js';

const locales: Locale[] = ['ru', 'pl', 'en'];

for (const engine of engines) {
  describe(`directory people on ${engine.name}`, () => {
    const server = useServer(engine, { statsScheduler: false });
    let lab: PeopleLab;
    before(async () => {
      lab = await createPeopleLab(server(), 'people-lab');
    });

    const call = async (who: Who, path: string, init: RequestInit & { json?: unknown } = {}) =>
      (await lab.as(who))(path, init);
    const patch = (who: Who, personId: string, body: unknown) =>
      call(who, `/people/${personId}`, { method: 'PATCH', json: body });
    /** The ids of everyone a query lists, over as many pages as it takes. */
    async function listedIds(query: Record<string, string>, who: Who = 'manager') {
      const ids: string[] = [];
      let cursor: string | null = null;
      do {
        const params = new URLSearchParams(query);
        if (cursor) params.set('cursor', cursor);
        const page: DirectoryPersonPage = await json(await call(who, `/people?${params}`), 200);
        ids.push(...page.items.map((p) => p.id));
        cursor = page.nextCursor;
      } while (cursor);
      return ids;
    }

    it('DIR-3 a person shows their units by property and natural number, roles in order, shares exact', async () => {
      const made = await lab.create({
        name: '  Ula Units ',
        email: 'Ula.Units@People-Lab.example',
        phone: '+48601234567',
        locale: 'pl',
      });
      assert.equal(made.name, 'Ula Units', 'the name is trimmed');
      assert.equal(made.email, 'ula.units@people-lab.example', 'the e-mail in lower case');
      assert.deepEqual(
        [made.phone, made.staffRole, made.active, made.portalAccess, made.units],
        ['+48601234567', null, true, 'none', []],
      );
      for (const [unit, role] of [
        ['B10', 'owner'],
        ['B1', 'board_member'],
        ['B1', 'resident'],
        ['B1', 'owner'],
        ['B2', 'resident'],
        ['A1', 'board_member'],
      ] as const) {
        await lab.link(made.id, unit, role);
      }
      const person = await json<DirectoryPerson>(await call('manager', `/people/${made.id}`), 200);
      const unit = (number: string, property: 'alder' | 'birch') => ({
        unitId: lab.unitIds[number as 'A1'],
        unitNumber: number,
        propertyId: lab.propertyIds[property],
        propertyName: property === 'alder' ? 'Alder Court' : 'Birch House',
      });
      assert.deepEqual(person.units, [
        { ...unit('A1', 'alder'), roles: ['board_member'], ownershipShare: null },
        {
          ...unit('B1', 'birch'),
          roles: ['owner', 'resident', 'board_member'],
          ownershipShare: '0.25',
        },
        { ...unit('B2', 'birch'), roles: ['resident'], ownershipShare: null },
        { ...unit('B10', 'birch'), roles: ['owner'], ownershipShare: '0.25' },
      ]);
      assert.equal(person.createdAt, made.createdAt);

      const manager = await json<DirectoryPerson>(
        await call('accountant', `/people/${lab.personIds.manager}`),
        200,
      );
      assert.deepEqual(
        [manager.staffRole, manager.portalAccess, manager.units],
        ['manager', 'active', []],
      );
    });

    it('DIR-3 the list goes by name then id, page after page, with no gaps or repeats', async () => {
      const made: DirectoryPerson[] = [];
      for (let i = 0; i < 5; i++) made.push(await lab.create({ name: 'Zed Twin' }));
      made.push(await lab.create({ name: 'Zed Alone' }));
      const expected = [
        made[5]?.id,
        ...made
          .slice(0, 5)
          .map((p) => p.id)
          .sort(),
      ];
      assert.deepEqual(await listedIds({ q: 'zed ', limit: '2' }), expected);
      assert.deepEqual(await listedIds({ q: 'ZED', limit: '100' }), expected);

      const everyone = await listedIds({ limit: '3', state: 'all' });
      const names = await lab.sql(async (q) => {
        const { rows } = await q.query<{ id: string }>(
          'SELECT id FROM people WHERE tenant_id = $1 ORDER BY name COLLATE "C", id',
          [lab.tenantId],
        );
        return rows.map((r) => r.id);
      });
      assert.deepEqual(everyone, names, 'by name in byte order, then id');
    });

    it('DIR-3 q matches the name, the e-mail or the phone, in any case', async () => {
      const quinn = await lab.create({
        name: 'Quinn Search',
        email: 'q.mail@somewhere.example',
        phone: '+48509876543',
      });
      for (const q of ['quinn s', 'Q.MAIL@SOME', '509876']) {
        assert.deepEqual(await listedIds({ q }), [quinn.id], q);
      }
      assert.deepEqual(await listedIds({ q: '%' }), [], 'a LIKE wildcard is only a character');
      assert.deepEqual(await listedIds({ q: '_' }), []);
    });

    it('DIR-3 role, property and unit narrow the list; together they mean the same unit link', async () => {
      const { personIds: ids } = lab;
      const sorted = (list: string[]) => [...list].sort();
      assert.deepEqual(
        sorted(await listedIds({ role: 'staff' })),
        sorted([ids.manager, ids.director, ids.accountant]),
      );
      assert.ok((await listedIds({ role: 'owner' })).includes(ids.owner));
      assert.ok(!(await listedIds({ role: 'owner' })).includes(ids.resident));
      assert.deepEqual(
        await listedIds({ unitId: lab.unitIds.B2, q: 'Lab ' }),
        [ids.resident],
        'linked to the unit',
      );
      assert.deepEqual(
        sorted(await listedIds({ propertyId: lab.propertyIds.birch, q: 'Lab ' })),
        sorted([ids.owner, ids.resident]),
      );
      assert.deepEqual(await listedIds({ propertyId: lab.propertyIds.alder, q: 'Lab ' }), [
        ids.board,
      ]);
      assert.deepEqual(
        await listedIds({ propertyId: lab.propertyIds.birch, role: 'board_member', q: 'Lab ' }),
        [],
        'Lab Board sits on a board, but not for a unit of Birch House',
      );
      assert.deepEqual(await listedIds({ role: 'owner', unitId: lab.unitIds.B1, q: 'Lab ' }), [
        ids.owner,
      ]);
    });

    it('DIR-3 a property, unit or cursor that is not the tenant’s is refused', async () => {
      const foreign = await lab.sql(async (q) => {
        const { rows } = await q.query<{ property: string; unit: string; person: string }>(
          `SELECT u.property_id AS property, u.id AS unit, pe.id AS person
             FROM units u JOIN tenants t ON t.id = u.tenant_id
             JOIN people pe ON pe.tenant_id = t.id
            WHERE t.slug = 'lesna-5' LIMIT 1`,
        );
        const [row] = rows;
        assert.ok(row);
        return row;
      });
      for (const query of [
        `propertyId=${foreign.property}`,
        `unitId=${foreign.unit}`,
        `unitId=${lab.propertyIds.birch}`,
      ]) {
        const response = await call('manager', `/people?${query}`);
        assert.equal(response.status, 404, query);
        assert.equal((await problemOf(response)).code, 'not_found');
      }
      for (const cursor of [encodeIdCursor(foreign.person), 'not-a-cursor']) {
        const response = await call('manager', `/people?cursor=${cursor}`);
        assert.equal(response.status, 400);
        assert.deepEqual(
          (await problemOf(response)).errors?.map((e) => [e.field, e.code]),
          [['cursor', 'invalid_value']],
        );
      }
    });

    it('DIR-3 bad input names its fields, in ru, pl and en', async () => {
      for (const locale of locales) {
        const response = await call('manager', '/people', {
          method: 'POST',
          json: { name: '', email: 'not-an-email', phone: '601 234 567', locale: 'de' },
          headers: { 'accept-language': locale },
        });
        assert.equal(response.status, 400);
        const problem = await problemOf(response);
        assert.equal(problem.code, 'validation_failed');
        assert.deepEqual(
          problem.errors?.map((e) => [e.field, e.code, e.message]).sort(),
          [
            ['email', 'invalid_format', fieldMessage('invalid_format', locale)],
            ['locale', 'invalid_value', fieldMessage('invalid_value', locale)],
            ['name', 'too_short', fieldMessage('too_short', locale, { limit: 1 })],
            ['phone', 'invalid_format', fieldMessage('invalid_format', locale)],
          ],
          locale,
        );
        const blank = await patch('manager', lab.personIds.owner, { name: '   ' });
        assert.deepEqual(
          (await problemOf(blank)).errors?.map((e) => [e.field, e.code]),
          [['name', 'too_short']],
        );
      }
      const untouched = await json<DirectoryPerson>(
        await call('manager', `/people/${lab.personIds.owner}`),
        200,
      );
      assert.equal(untouched.name, 'Lab Owner');
    });

    it('DIR-3 an e-mail is used once per tenant, in any case, when added or changed (ru, pl, en)', async () => {
      for (const locale of locales) {
        const response = await call('manager', '/people', {
          method: 'POST',
          json: { name: 'Copy Cat', email: lab.emailOf('owner').toUpperCase(), locale: 'en' },
          headers: { 'accept-language': locale },
        });
        assert.equal(response.status, 400);
        assert.deepEqual(
          (await problemOf(response)).errors?.map((e) => [e.field, e.code, e.message]),
          [['email', 'email_taken', fieldMessage('email_taken', locale)]],
        );
      }
      const other = await lab.create({
        name: 'Other Mail',
        email: 'other.mail@people-lab.example',
      });
      const taken = await patch('director', other.id, { email: lab.emailOf('resident') });
      assert.equal(taken.status, 400);
      assert.deepEqual(
        (await problemOf(taken)).errors?.map((e) => [e.field, e.code]),
        [['email', 'email_taken']],
      );
      // the same address in another tenant is another person's business
      const elsewhere = await lab.create({ name: 'Anna Twin', email: 'anna@lesna5.example' });
      assert.equal(elsewhere.email, 'anna@lesna5.example');
    });

    it('DIR-3 two people added at once with one e-mail: one is stored, the other refused', async () => {
      const email = 'race@people-lab.example';
      const manager = await lab.as('manager');
      const director = await lab.as('director');
      const answers = await Promise.all(
        [manager, director].map((as, i) =>
          as('/people', { method: 'POST', json: { name: `Racer ${i}`, email, locale: 'en' } }),
        ),
      );
      assert.deepEqual(answers.map((a) => a.status).sort(), [201, 400]);
      const refused = answers.find((a) => a.status === 400);
      assert.deepEqual(
        (await problemOf(refused as Response)).errors?.map((e) => e.code),
        ['email_taken'],
      );
      const stored = await lab.sql(async (q) => {
        const { rows } = await q.query('SELECT 1 FROM people WHERE tenant_id = $1 AND email = $2', [
          lab.tenantId,
          email,
        ]);
        return rows.length;
      });
      assert.equal(stored, 1);
    });

    it('DIR-3 a change writes the fields sent; null clears the e-mail or phone', async () => {
      const made = await lab.create({ name: 'Vera Change', email: 'vera@people-lab.example' });
      const changed = await json<DirectoryPerson>(
        await patch('manager', made.id, {
          name: 'Vera Changed',
          phone: '+74951234567',
          locale: 'ru',
          email: 'VERA.NEW@people-lab.example',
        }),
        200,
      );
      assert.deepEqual(
        [changed.name, changed.phone, changed.locale, changed.email],
        ['Vera Changed', '+74951234567', 'ru', 'vera.new@people-lab.example'],
      );
      const cleared = await json<DirectoryPerson>(
        await patch('manager', made.id, { email: null, phone: null }),
        200,
      );
      assert.deepEqual([cleared.email, cleared.phone, cleared.name], [null, null, 'Vera Changed']);
      const same = await json<DirectoryPerson>(await patch('manager', made.id, {}), 200);
      assert.deepEqual(same, cleared, 'nothing sent, nothing changed');
    });

    it('DIR-5 a phone staff write is trusted for matching registrations; other changes leave its trust as it was', async () => {
      const made = await lab.create({ name: 'Tomasz Trust', phone: '+48601000111' });
      const trusted = () =>
        lab.sql(async (q) => {
          const { rows } = await q.query<{ trusted: boolean }>(
            'SELECT phone_trusted AS trusted FROM people WHERE id = $1',
            [made.id],
          );
          return rows[0]?.trusted;
        });
      assert.equal(await trusted(), true, 'added by staff');
      // as a phone the person typed into their own profile leaves it
      await lab.sql((q) =>
        q.query('UPDATE people SET phone_trusted = false WHERE id = $1', [made.id]),
      );
      await json(await patch('manager', made.id, { name: 'Tomasz Trusted' }), 200);
      assert.equal(await trusted(), false, 'a change of something else');
      await json(await patch('director', made.id, { phone: '+48601000111' }), 200);
      assert.equal(await trusted(), true, 'the same phone, now written by staff');
      await lab.sql((q) =>
        q.query('UPDATE people SET phone_trusted = false WHERE id = $1', [made.id]),
      );
      await json(await patch('manager', made.id, { phone: '+48601000222' }), 200);
      assert.equal(await trusted(), true, 'a new phone written by staff');
    });

    it('AUTH-1 a person with portal access keeps an e-mail', async () => {
      for (const who of ['owner', 'director'] as const) {
        const response = await patch('director', lab.personIds[who], { email: null });
        assert.equal(response.status, 400, who);
        assert.deepEqual(
          (await problemOf(response)).errors?.map((e) => [e.field, e.code]),
          [['email', 'required']],
        );
      }
      const invited = await lab.create({ name: 'Ivo Invited', email: 'ivo@people-lab.example' });
      await lab.link(invited.id, 'B2', 'resident');
      await json(
        await call('manager', `/people/${invited.id}/portal-access`, { method: 'POST' }),
        202,
      );
      const response = await patch('manager', invited.id, { email: null });
      assert.deepEqual(
        (await problemOf(response)).errors?.map((e) => [e.field, e.code]),
        [['email', 'required']],
        'an invitation goes by the e-mail too',
      );
    });

    it('AUTH-4 only a director changes staff; nobody deactivates themselves', async () => {
      for (const who of ['director', 'accountant', 'manager'] as const) {
        const response = await patch('manager', lab.personIds[who], { phone: '+48600000001' });
        assert.equal(response.status, 403, `a manager changing the ${who}`);
      }
      const renamed = await json<DirectoryPerson>(
        await patch('director', lab.personIds.accountant, { phone: '+48600000002' }),
        200,
      );
      assert.equal(renamed.phone, '+48600000002');
      const self = await patch('director', lab.personIds.director, { active: false });
      assert.equal(self.status, 400);
      assert.deepEqual(
        (await problemOf(self)).errors?.map((e) => [e.field, e.code]),
        [['active', 'self_deactivation']],
      );
      const still = await json<DirectoryPerson>(
        await call('manager', `/people/${lab.personIds.director}`),
        200,
      );
      assert.equal(still.active, true);
    });

    it('AUTH-4 a deactivated person is signed out, cannot sign in or refresh, and comes back when reactivated', async () => {
      const made = await lab.create({ name: 'Dora Gone', email: 'dora@people-lab.example' });
      await lab.link(made.id, 'B1', 'resident');
      await lab.givePassword(made.id);
      const credentials = { email: 'dora@people-lab.example', password: labPassword };
      const dora = server().client(lab.slug);
      const session = await dora.auth.signIn(credentials);
      assert.equal((await dora.people.me()).id, made.id);

      const off = await json<DirectoryPerson>(
        await patch('manager', made.id, { active: false }),
        200,
      );
      assert.equal(off.active, false);
      const refresh = await server().fetch(`/t/${lab.slug}/auth/refresh`, {
        method: 'POST',
        json: { refreshToken: session.refreshToken },
      });
      assert.equal(refresh.status, 401, 'the refresh token no longer works');
      const me = await server().fetch(`/t/${lab.slug}/me`, {
        headers: { authorization: `Bearer ${session.accessToken}` },
      });
      assert.equal(me.status, 401, 'the access token no longer works');
      const signIn = await dora.auth.signIn(credentials).catch((e: unknown) => e);
      assert.ok(signIn instanceof AtriumError);
      assert.equal(signIn.code, 'invalid_credentials');

      assert.ok(!(await listedIds({ q: 'Dora' })).includes(made.id), 'gone from the default list');
      assert.deepEqual(await listedIds({ q: 'Dora', state: 'inactive' }), [made.id]);
      assert.deepEqual(await listedIds({ q: 'Dora', state: 'all' }), [made.id]);
      const kept = await json<DirectoryPerson>(await call('manager', `/people/${made.id}`), 200);
      assert.equal(kept.units.length, 1, 'their links stay');

      const on = await json<DirectoryPerson>(
        await patch('director', made.id, { active: true }),
        200,
      );
      assert.deepEqual([on.active, on.portalAccess], [true, 'active']);
      assert.ok((await dora.auth.signIn(credentials)).accessToken, 'the same password again');
    });

    it('ORG-1 who may: staff read, managers and directors write, nobody else, no other tenant', async () => {
      const target = await lab.create({ name: 'Tess Target', email: 'tess@people-lab.example' });
      const katarzyna = await otherTenantManager(server());
      const routes = (suffix: string) =>
        [
          ['listPeople', 'GET', '/people?limit=100', undefined],
          ['getPerson', 'GET', `/people/${target.id}`, undefined],
          ['updatePerson', 'PATCH', `/people/${target.id}`, { phone: '+48600000003' }],
          [
            'createPerson',
            'POST',
            '/people',
            { name: `Made ${suffix}`, email: `made.${suffix}@people-lab.example`, locale: 'en' },
          ],
        ] as const;
      // who asks, and the answers in the order of routes
      const callers: [string, Call, number[]][] = [
        ['the manager of another tenant', katarzyna, [200, 404, 404, 201]],
        ['anonymous', lab.anonymous, [401, 401, 401, 401]],
        ['accountant', await lab.as('accountant'), [200, 200, 403, 403]],
        ['director', await lab.as('director'), [200, 200, 200, 201]],
      ];
      for (const who of residents) callers.push([who, await lab.as(who), [403, 403, 403, 403]]);
      for (const [name, caller, statuses] of callers) {
        const suffix = name.replace(/\W/g, '');
        for (const [i, [operation, method, path, body]] of routes(suffix).entries()) {
          const response = await caller(path, { method, ...(body && { json: body }) });
          const text = await response.text();
          assert.equal(response.status, statuses[i], `${name}: ${operation} ${text}`);
          if (statuses[i] !== 200 && statuses[i] !== 201) continue;
          if (name.startsWith('the manager of another')) {
            assert.ok(!text.includes(target.id) && !text.includes('Tess'), `${name}: ${operation}`);
          }
        }
      }
      const stored = await json<DirectoryPerson>(
        await call('manager', `/people/${target.id}`),
        200,
      );
      assert.equal(stored.phone, '+48600000003', 'only the director’s change');
      const inLesna = await lab.sql(async (q) => {
        const { rows } = await q.query<{ slug: string }>(
          `SELECT t.slug FROM people p JOIN tenants t ON t.id = p.tenant_id
            WHERE p.email = 'made.themanagerofanothertenant@people-lab.example'`,
        );
        return rows.map((r) => r.slug);
      });
      assert.deepEqual(inLesna, ['lesna-5'], 'another tenant’s manager adds to their own tenant');
    });
  });
}

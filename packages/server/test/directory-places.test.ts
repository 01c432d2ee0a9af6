import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import {
  AtriumError,
  paginate,
  type AtriumClient,
  type FieldErrorCode,
  type Locale,
  type Property,
  type PropertyInput,
  type Unit,
} from '@atrium/sdk';
import { fieldMessage } from '../src/errors/messages.js';
import { encodeIdCursor } from '../src/pagination/cursor.js';
import { engines } from './databases.js';
import { problemOf, signIns, useServer, type Call } from './helpers.js';
import { createPlacesLab, residents, type PlacesLab, type Who } from './directory-fixture.js';

/** The refusal a call ends in (an AtriumError), failing if it succeeds. */
async function refusal(call: Promise<unknown>): Promise<AtriumError> {
  try {
    await call;
  } catch (error) {
    assert.ok(error instanceof AtriumError, String(error));
    return error;
  }
  assert.fail('the call was not refused');
}

/** A refusal's field errors without their messages. */
async function fieldsOf(call: Promise<unknown>) {
  const error = await refusal(call);
  assert.equal(error.status, 400, error.message);
  return error.fieldErrors.map(({ field, code, params }) => ({
    field,
    code,
    ...(params && { params }),
  }));
}

const absentId = '00000000-0000-4000-8000-000000000000';

for (const engine of engines) {
  describe(`directory places on ${engine.name}`, () => {
    const server = useServer(engine, { statsScheduler: false });
    let lab: PlacesLab;
    let manager: AtriumClient;
    let director: AtriumClient;
    before(async () => {
      lab = await createPlacesLab(server(), 'places-lab');
      manager = await lab.client('manager');
      director = await lab.client('director');
    });

    const dir = () => manager.directory;
    const newGroup = (name: string) => dir().groups.create({ name });
    const newQuarter = (groupId: string, name: string) => dir().quarters.create({ name, groupId });
    const newProperty = (name: string, input: Partial<PropertyInput> = {}) =>
      dir().properties.create({
        name,
        type: 'residential_building',
        legalEntity: `${name} Community`,
        address: `${name} St 1`,
        totalArea: '1000',
        ...input,
      });
    const newUnit = (propertyId: string, number: string, area = '50') =>
      dir().units.create({ propertyId, number, area });
    /** A property of its own (in no quarter) with units of these numbers. */
    async function propertyWith(name: string, numbers: string[]) {
      const property = await newProperty(name);
      const units: Unit[] = [];
      for (const number of numbers) units.push(await newUnit(property.id, number));
      return { property, units };
    }
    const auditCount = async (entityId: string) => (await lab.audit(entityId)).length;
    /** The id of an entry of another tenant (the demo's Leśna 5). */
    const lesnaIdOf = (table: string) =>
      lab.sql(async (sql) => {
        const { rows } = await sql.query<{ id: string }>(
          `SELECT x.id FROM ${table} x JOIN tenants t ON t.id = x.tenant_id
            WHERE t.slug = 'lesna-5' ORDER BY x.id LIMIT 1`,
        );
        return rows[0]?.id ?? '';
      });

    it('DIR-2 a group holds quarters and a quarter properties; each is read back as stored', async () => {
      const group = await newGroup('  North  ');
      assert.deepEqual(group, { id: group.id, name: 'North', active: true }, 'the name trimmed');
      const quarter = await newQuarter(group.id, 'Riverside');
      assert.deepEqual(quarter, {
        id: quarter.id,
        name: 'Riverside',
        groupId: group.id,
        groupName: 'North',
        active: true,
      });
      const oak = await newProperty('Oak', {
        quarterId: quarter.id,
        totalArea: '980.5',
        bankAccount: 'PL61 1090 1014 0000 0712 1981 2874',
        bankName: 'Bank',
        bankCode: 'WBKPPLPP',
        taxId: '6762465432',
      });
      assert.deepEqual(oak, {
        id: oak.id,
        name: 'Oak',
        type: 'residential_building',
        legalEntity: 'Oak Community',
        address: 'Oak St 1',
        totalArea: '980.50',
        quarterId: quarter.id,
        active: true,
        unitCount: 0,
        selfRegistration: true,
        bankAccount: 'PL61 1090 1014 0000 0712 1981 2874',
        bankName: 'Bank',
        bankCode: 'WBKPPLPP',
        correspondentAccount: null,
        taxId: '6762465432',
      } satisfies Property);
      const loose = await newProperty('Loose');
      assert.equal(loose.quarterId, null, 'a property may be in no quarter');
      assert.deepEqual(await dir().groups.get(group.id), group);
      assert.deepEqual(await dir().quarters.get(quarter.id), quarter);
      assert.deepEqual(await dir().properties.get(oak.id), oak);

      const names = (page: { items: { name: string }[] }) => page.items.map((e) => e.name);
      assert.deepEqual(names(await dir().quarters.list({ groupId: group.id })), ['Riverside']);
      assert.deepEqual(names(await dir().properties.list({ groupId: group.id })), ['Oak']);
      assert.deepEqual(names(await dir().properties.list({ quarterId: quarter.id })), ['Oak']);

      // moved into the quarter, then out of it again; a bank field cleared
      const moved = await dir().properties.update(loose.id, { quarterId: quarter.id });
      assert.equal(moved.quarterId, quarter.id);
      assert.deepEqual(names(await dir().properties.list({ groupId: group.id })), ['Loose', 'Oak']);
      const out = await dir().properties.update(loose.id, { quarterId: null });
      assert.equal(out.quarterId, null);
      const cleared = await dir().properties.update(oak.id, {
        bankName: null,
        totalArea: '1210.4',
      });
      assert.deepEqual([cleared.bankName, cleared.totalArea], [null, '1210.40']);
      // a quarter moves to another group
      const south = await newGroup('South');
      const movedQuarter = await dir().quarters.update(quarter.id, { groupId: south.id });
      assert.deepEqual([movedQuarter.groupId, movedQuarter.groupName], [south.id, 'South']);
      assert.deepEqual(names(await dir().properties.list({ groupId: south.id })), ['Oak']);
    });

    it('DIR-2 filters naming nothing of the tenant are 404', async () => {
      const lesnaGroup = await lesnaIdOf('property_groups');
      const lesnaQuarter = await lesnaIdOf('quarters');
      for (const call of [
        () => dir().quarters.list({ groupId: absentId }),
        () => dir().quarters.list({ groupId: lesnaGroup }),
        () => dir().properties.list({ groupId: lesnaGroup }),
        () => dir().properties.list({ quarterId: lesnaQuarter }),
        () => dir().units.list({ propertyId: absentId }),
        async () => dir().units.list({ propertyId: await lesnaIdOf('properties') }),
      ]) {
        assert.equal((await refusal(call())).status, 404);
      }
    });

    it('DIR-2 lists go by name then id in pages; `q` finds any case and takes % and _ as themselves', async () => {
      const made = [];
      for (const name of ['Page C', 'Page A', 'Page B', 'Page B', 'page d', '100% Page']) {
        made.push(await newGroup(name));
      }
      const expected = [...made]
        .sort((a, b) =>
          a.name === b.name
            ? a.id < b.id
              ? -1
              : 1
            : Buffer.compare(Buffer.from(a.name), Buffer.from(b.name)),
        )
        .map((g) => g.id);
      const seen: string[] = [];
      for await (const items of paginate((query) => dir().groups.list({ ...query, q: 'PAGE' }), {
        limit: 2,
      })) {
        assert.ok(items.length <= 2);
        seen.push(...items.map((g) => g.id));
      }
      assert.deepEqual(seen, expected);
      assert.deepEqual(
        (await dir().groups.list({ q: '%' })).items.map((g) => g.name),
        ['100% Page'],
      );
      assert.deepEqual((await dir().groups.list({ q: '_' })).items, []);

      // a cursor naming no group of the tenant: missing, or another tenant's
      for (const id of [absentId, await lesnaIdOf('property_groups')]) {
        assert.deepEqual(await fieldsOf(dir().groups.list({ cursor: encodeIdCursor(id) })), [
          { field: 'cursor', code: 'invalid_value' },
        ]);
      }
      assert.deepEqual(await fieldsOf(dir().groups.list({ cursor: 'not a cursor' })), [
        { field: 'cursor', code: 'invalid_value' },
      ]);
    });

    it('AUTH-4 a deactivated entry leaves the default list: state active, inactive or all', async () => {
      const on = await newGroup('State on');
      const off = await newGroup('State off');
      await dir().groups.update(off.id, { active: false });
      const ids = async (state?: 'active' | 'inactive' | 'all') =>
        (await dir().groups.list({ q: 'State ', ...(state && { state }) })).items.map((g) => g.id);
      assert.deepEqual(await ids(), [on.id]);
      assert.deepEqual(await ids('active'), [on.id]);
      assert.deepEqual(await ids('inactive'), [off.id]);
      assert.deepEqual(await ids('all'), [off.id, on.id]);
      assert.equal((await dir().groups.get(off.id)).active, false, 'still read by id');
    });

    it('DIR-1 a property needs its name, type, legal entity, address and total area above zero', async () => {
      const input = {
        name: 'Required',
        type: 'residential_building',
        legalEntity: 'Required Community',
        address: 'Required St 1',
        totalArea: '500',
      };
      for (const field of Object.keys(input) as (keyof typeof input)[]) {
        const { [field]: _, ...without } = input;
        assert.deepEqual(await fieldsOf(dir().properties.create(without as PropertyInput)), [
          { field, code: 'required' },
        ]);
      }
      assert.deepEqual(await fieldsOf(dir().properties.create({ ...input, name: '   ' })), [
        { field: 'name', code: 'too_short', params: { limit: 1 } },
      ]);
      for (const totalArea of ['0.00', '-1', '100000000']) {
        assert.deepEqual(await fieldsOf(dir().properties.create({ ...input, totalArea })), [
          { field: 'totalArea', code: 'invalid_format' },
        ]);
      }
      assert.equal((await dir().properties.list({ q: 'Required' })).items.length, 0, 'none made');
      const made = await dir().properties.create({ ...input, totalArea: '99999999.99' });
      assert.equal(made.totalArea, '99999999.99', 'the largest area the contract allows');
      // a property imported without its total area reads null (contract: nullable on read)
      await lab.sql((sql) =>
        sql.query('UPDATE properties SET total_area = NULL WHERE id = $1', [made.id]),
      );
      assert.equal((await dir().properties.get(made.id)).totalArea, null);
    });

    it('DIR-3 a unit number is used once per property, an account number once per tenant', async () => {
      const { property: a, units } = await propertyWith('Numbers A', ['12', '10']);
      const { property: b } = await propertyWith('Numbers B', []);
      const [twelve, ten] = units as [Unit, Unit];
      const before = await auditCount(a.id);
      for (const number of ['12', ' 12 ']) {
        assert.deepEqual(await fieldsOf(newUnit(a.id, number)), [
          { field: 'number', code: 'number_taken' },
        ]);
      }
      assert.equal((await dir().units.list({ propertyId: a.id })).items.length, 2, 'none made');
      assert.equal(await auditCount(a.id), before);
      assert.equal((await newUnit(b.id, '12')).number, '12', 'another property may use it');
      assert.deepEqual(await fieldsOf(dir().units.update(ten.id, { number: '12' })), [
        { field: 'number', code: 'number_taken' },
      ]);
      assert.equal((await dir().units.get(ten.id)).number, '10');
      for (const area of ['0', '100000000']) {
        assert.deepEqual(await fieldsOf(newUnit(a.id, '14', area)), [
          { field: 'area', code: 'invalid_format' },
        ]);
      }
      assert.equal((await newUnit(a.id, '14', '99999999.99')).area, '99999999.99');

      const account = await dir().units.openAccount(twelve.id, { number: ' NUM-1 ' });
      assert.deepEqual(account, {
        id: account.id,
        unitId: twelve.id,
        number: 'NUM-1',
        active: true,
      });
      assert.deepEqual(await fieldsOf(dir().units.openAccount(ten.id, { number: 'NUM-1' })), [
        { field: 'number', code: 'number_taken' },
      ]);
      const other = await dir().units.openAccount(ten.id, { number: 'NUM-2' });
      assert.deepEqual(await fieldsOf(dir().accounts.update(other.id, { number: 'NUM-1' })), [
        { field: 'number', code: 'number_taken' },
      ]);
      const renumbered = await dir().accounts.update(other.id, { number: 'NUM-3' });
      assert.equal(renumbered.number, 'NUM-3');
      // an account of another tenant's number is no clash
      assert.equal(
        (await dir().units.openAccount(ten.id, { number: 'LES5-012' })).number,
        'LES5-012',
      );
    });

    it('DIR-3 units go by property name, then number in natural order; q finds a number, an account or a person', async () => {
      const { units: second } = await propertyWith('Order B', ['10', '2', '1', 'B1']);
      const { units: first } = await propertyWith('Order A', ['3']);
      const mine = new Set([...first, ...second].map((u) => u.id));
      const listed: Unit[] = [];
      for await (const items of paginate((query) => dir().units.list(query), { limit: 3 })) {
        listed.push(...items.filter((u) => mine.has(u.id)));
      }
      assert.deepEqual(
        listed.map((u) => `${u.propertyName} ${u.number}`),
        ['Order A 3', 'Order B 1', 'Order B 2', 'Order B 10', 'Order B B1'],
      );
      const [u10, u2] = second as [Unit, Unit];
      await dir().units.openAccount(u10.id, { number: 'ORD-XYZ-9' });
      await dir().units.link(u2.id, lab.personIds.cyd, { roles: ['resident'] });
      const found = async (q: string) =>
        (await dir().units.list({ q, limit: 100 })).items
          .filter((u) => mine.has(u.id))
          .map((u) => u.number);
      assert.deepEqual(await found('b1'), ['B1'], 'a number, any case');
      assert.deepEqual(await found('xyz-9'), ['10'], 'an account number');
      assert.deepEqual(await found('CHARISSE'), ['2'], 'a linked person');
      assert.deepEqual(await found('%'), []);
    });

    it('DIR-3 a unit shows its accounts, open first, and its people by name, roles in order, shares exact', async () => {
      const { units } = await propertyWith('Shown', ['7']);
      const [unit] = units as [Unit];
      const closed = await dir().units.openAccount(unit.id, { number: 'SHOWN-A' });
      await dir().accounts.update(closed.id, { active: false });
      const open = await dir().units.openAccount(unit.id, { number: 'SHOWN-B' });
      const { personIds: p } = lab;
      await dir().units.link(unit.id, p.zaneta, {
        roles: ['board_member', 'owner'],
        ownershipShare: '0.50',
      });
      await dir().units.link(unit.id, p.ala, { roles: ['resident'] });
      const shown = await dir().units.link(unit.id, p.bob, {
        roles: ['resident', 'owner'],
        ownershipShare: '0.25',
      });
      assert.deepEqual(shown, {
        id: unit.id,
        propertyId: unit.propertyId,
        propertyName: 'Shown',
        number: '7',
        area: '50.00',
        active: true,
        accounts: [
          { id: open.id, unitId: unit.id, number: 'SHOWN-B', active: true },
          { id: closed.id, unitId: unit.id, number: 'SHOWN-A', active: false },
        ],
        people: [
          {
            personId: p.ala,
            name: 'Ala Kowalska',
            active: true,
            roles: ['resident'],
            ownershipShare: null,
          },
          {
            personId: p.bob,
            name: 'Bob Brown',
            active: true,
            roles: ['owner', 'resident'],
            ownershipShare: '0.25',
          },
          {
            personId: p.zaneta,
            name: 'Żaneta Nowak',
            active: true,
            roles: ['owner', 'board_member'],
            ownershipShare: '0.5',
          },
        ],
      } satisfies Unit);
      assert.deepEqual(await dir().units.get(unit.id), shown);
      const [listed] = (await dir().units.list({ q: 'SHOWN-A' })).items;
      assert.deepEqual(listed, shown, 'the list shows the same');
    });

    it('DIR-3 linkPerson sets exactly the roles sent; the same again changes nothing; unlink ends them', async () => {
      const { units } = await propertyWith('Links', ['1']);
      const [unit] = units as [Unit];
      const ala = lab.personIds.ala;
      const links = async () => (await lab.audit(unit.id)).filter((r) => r.relatedId === ala);
      const linked = await dir().units.link(unit.id, ala, {
        roles: ['owner', 'resident'],
        ownershipShare: '1',
      });
      assert.deepEqual(
        linked.people.map((x) => [x.roles, x.ownershipShare]),
        [[['owner', 'resident'], '1']],
      );
      const first = await links();
      assert.deepEqual(
        first.map((r) => [r.action, r.entityType, r.actorId, r.before, r.after?.role]).sort(),
        [
          ['linked', 'unit_link', lab.personIds.manager, null, 'owner'],
          ['linked', 'unit_link', lab.personIds.manager, null, 'resident'],
        ],
      );
      assert.deepEqual(
        await dir().units.link(unit.id, ala, {
          roles: ['resident', 'owner'],
          ownershipShare: '1.0',
        }),
        linked,
      );
      assert.equal((await links()).length, 2, 'the same again is no change');

      const changed = await director.directory.units.link(unit.id, ala, {
        roles: ['owner'],
        ownershipShare: '0.5',
      });
      assert.deepEqual(
        changed.people.map((x) => [x.roles, x.ownershipShare]),
        [[['owner'], '0.5']],
      );
      const next = (await links()).slice(2);
      assert.deepEqual(
        next
          .map((r) => [
            r.action,
            r.actorId,
            r.before?.role,
            r.before?.ownership_share ?? null,
            r.after?.ownership_share ?? null,
          ])
          .sort(),
        [
          ['changed', lab.personIds.director, 'owner', 1, 0.5],
          ['unlinked', lab.personIds.director, 'resident', null, null],
        ],
      );

      const ended = await dir().units.unlink(unit.id, ala);
      assert.deepEqual(ended.people, []);
      const last = (await links()).at(-1);
      assert.deepEqual(
        [last?.action, last?.before?.role, last?.after],
        ['unlinked', 'owner', null],
      );
      assert.equal((await refusal(dir().units.unlink(unit.id, ala))).status, 404, 'no link there');
      assert.equal((await links()).length, 5);
    });

    it('DIR-3 an owner holds a share, nobody else does, and a unit’s owners never hold more than the whole', async () => {
      const { units } = await propertyWith('Shares', ['5']);
      const [unit] = units as [Unit];
      const { ala, bob } = lab.personIds;
      assert.deepEqual(await fieldsOf(dir().units.link(unit.id, ala, { roles: ['owner'] })), [
        { field: 'ownershipShare', code: 'required' },
      ]);
      assert.deepEqual(
        await fieldsOf(
          dir().units.link(unit.id, ala, { roles: ['resident'], ownershipShare: '0.5' }),
        ),
        [{ field: 'ownershipShare', code: 'invalid_value' }],
      );
      assert.deepEqual(
        await fieldsOf(dir().units.link(unit.id, ala, { roles: ['owner'], ownershipShare: '0.0' })),
        [{ field: 'ownershipShare', code: 'invalid_format' }],
      );
      await dir().units.link(unit.id, bob, { roles: ['owner'], ownershipShare: '0.5' });
      assert.deepEqual(
        await fieldsOf(dir().units.link(unit.id, ala, { roles: ['owner'], ownershipShare: '0.6' })),
        [
          {
            field: 'ownershipShare',
            code: 'unit_shares_exceed_whole',
            params: { unitNumber: '5', shares: '1.1' },
          },
        ],
      );
      await dir().units.link(unit.id, ala, { roles: ['owner'], ownershipShare: '0.5' });
      // a changed share counts instead of the owner's own, not on top of it
      const bobAgain = await dir().units.link(unit.id, bob, {
        roles: ['owner'],
        ownershipShare: '0.5',
      });
      assert.deepEqual(
        bobAgain.people.map((x) => x.ownershipShare),
        ['0.5', '0.5'],
      );
      assert.deepEqual(
        await fieldsOf(
          dir().units.link(unit.id, bob, { roles: ['owner'], ownershipShare: '0.50000001' }),
        ),
        [
          {
            field: 'ownershipShare',
            code: 'unit_shares_exceed_whole',
            params: { unitNumber: '5', shares: '1.00000001' },
          },
        ],
      );
    });

    it('DIR-3 links need the person of the tenant (404) and both active (parent_inactive)', async () => {
      const { units } = await propertyWith('Link rules', ['1']);
      const [unit] = units as [Unit];
      for (const personId of [await lesnaIdOf('people'), absentId]) {
        assert.equal(
          (await refusal(dir().units.link(unit.id, personId, { roles: ['resident'] }))).status,
          404,
        );
        assert.equal((await refusal(dir().units.unlink(unit.id, personId))).status, 404);
      }
      assert.equal(
        (await refusal(dir().units.link(absentId, lab.personIds.ala, { roles: ['resident'] })))
          .status,
        404,
      );
      // a deactivated person (changed beside the server: the people routes are not this suite's)
      const cyd = lab.personIds.cyd;
      await dir().units.link(unit.id, cyd, { roles: ['resident'] });
      await lab.sql((sql) => sql.query('UPDATE people SET active = false WHERE id = $1', [cyd]));
      try {
        assert.deepEqual(
          await fieldsOf(dir().units.link(unit.id, cyd, { roles: ['board_member'] })),
          [{ field: 'personId', code: 'parent_inactive' }],
        );
        const [shown] = (await dir().units.get(unit.id)).people;
        assert.deepEqual([shown?.active, shown?.roles], [false, ['resident']], 'kept as it was');
      } finally {
        await lab.sql((sql) => sql.query('UPDATE people SET active = true WHERE id = $1', [cyd]));
      }
      await dir().units.update(unit.id, { active: false });
      assert.deepEqual(
        await fieldsOf(dir().units.link(unit.id, lab.personIds.bob, { roles: ['owner'] })),
        [
          { field: 'ownershipShare', code: 'required' },
          { field: 'unitId', code: 'parent_inactive' },
        ],
      );
      // a link to a deactivated unit still ends
      assert.deepEqual((await dir().units.unlink(unit.id, cyd)).people, []);
    });

    it('DIR-2 DIR-3 an entry is deactivated only once nothing in it is active (has_active_children)', async () => {
      const group = await newGroup('Deact group');
      const quarter = await newQuarter(group.id, 'Deact quarter');
      const property = await newProperty('Deact house', { quarterId: quarter.id });
      const other = await newProperty('Deact house 2', { quarterId: quarter.id });
      const unit = await newUnit(property.id, '1');
      const unit2 = await newUnit(property.id, '2');
      const account = await dir().units.openAccount(unit.id, { number: 'DEACT-1' });
      const refusedWith = (count: number) => [
        { field: 'active', code: 'has_active_children', params: { count } },
      ];
      const off = { active: false };
      assert.deepEqual(await fieldsOf(dir().groups.update(group.id, off)), refusedWith(1));
      assert.deepEqual(await fieldsOf(dir().quarters.update(quarter.id, off)), refusedWith(2));
      assert.deepEqual(await fieldsOf(dir().properties.update(property.id, off)), refusedWith(2));
      assert.deepEqual(
        await fieldsOf(dir().units.update(unit.id, { ...off, area: '60' })),
        refusedWith(1),
      );
      assert.equal((await dir().units.get(unit.id)).area, '50.00', 'nothing of a refused change');

      assert.equal((await dir().accounts.update(account.id, off)).active, false);
      assert.equal((await dir().units.update(unit.id, off)).active, false);
      assert.equal((await dir().properties.get(property.id)).unitCount, 1, 'active units only');
      assert.equal((await dir().units.update(unit2.id, off)).active, false);
      assert.equal((await dir().properties.update(property.id, off)).unitCount, 0);
      assert.equal((await dir().properties.update(other.id, off)).active, false);
      assert.equal((await dir().quarters.update(quarter.id, off)).active, false);
      assert.equal((await dir().groups.update(group.id, off)).active, false);
      // deactivated again: nothing changes, nothing is checked
      assert.equal((await dir().groups.update(group.id, off)).active, false);
      const actions = (await lab.audit(group.id)).map((r) => r.action);
      assert.deepEqual(actions, ['created', 'deactivated']);
    });

    it('DIR-2 DIR-3 nothing is created, moved or reactivated in a deactivated place (parent_inactive)', async () => {
      const group = await newGroup('Inactive group');
      const quarter = await newQuarter(group.id, 'Inactive quarter');
      const property = await newProperty('Inactive house', { quarterId: quarter.id });
      const unit = await newUnit(property.id, '1');
      const account = await dir().units.openAccount(unit.id, { number: 'INACT-1' });
      const live = await newGroup('Live group');
      const liveQuarter = await newQuarter(live.id, 'Live quarter');
      const off = { active: false };
      await dir().accounts.update(account.id, off);
      await dir().units.update(unit.id, off);
      await dir().properties.update(property.id, off);
      await dir().quarters.update(quarter.id, off);
      await dir().groups.update(group.id, off);
      const inactive = (field: string) => [{ field, code: 'parent_inactive' }];

      assert.deepEqual(await fieldsOf(newQuarter(group.id, 'New')), inactive('groupId'));
      assert.deepEqual(
        await fieldsOf(newProperty('New', { quarterId: quarter.id })),
        inactive('quarterId'),
      );
      assert.deepEqual(await fieldsOf(newUnit(property.id, '2')), inactive('propertyId'));
      assert.deepEqual(
        await fieldsOf(dir().units.openAccount(unit.id, { number: 'INACT-2' })),
        inactive('unitId'),
      );
      // moved into one
      assert.deepEqual(
        await fieldsOf(dir().quarters.update(liveQuarter.id, { groupId: group.id })),
        inactive('groupId'),
      );
      const liveHouse = await newProperty('Live house', { quarterId: liveQuarter.id });
      assert.deepEqual(
        await fieldsOf(dir().properties.update(liveHouse.id, { quarterId: quarter.id })),
        inactive('quarterId'),
      );
      assert.equal((await dir().properties.get(liveHouse.id)).quarterId, liveQuarter.id);
      // reactivated in one
      const on = { active: true };
      assert.deepEqual(await fieldsOf(dir().quarters.update(quarter.id, on)), inactive('active'));
      assert.deepEqual(
        await fieldsOf(dir().properties.update(property.id, on)),
        inactive('active'),
      );
      // its own quarter sent again (in capitals) is no move
      assert.deepEqual(
        await fieldsOf(
          dir().properties.update(property.id, { ...on, quarterId: quarter.id.toUpperCase() }),
        ),
        inactive('active'),
      );
      assert.deepEqual(await fieldsOf(dir().units.update(unit.id, on)), inactive('active'));
      assert.deepEqual(await fieldsOf(dir().accounts.update(account.id, on)), inactive('active'));
      // reactivated while moved into an active one, or taken out of its quarter
      const moved = await dir().quarters.update(quarter.id, { ...on, groupId: live.id });
      assert.deepEqual([moved.active, moved.groupId], [true, live.id]);
      await dir().quarters.update(quarter.id, off);
      const freed = await dir().properties.update(property.id, { ...on, quarterId: null });
      assert.deepEqual([freed.active, freed.quarterId], [true, null]);
      // and top down
      assert.equal((await dir().units.update(unit.id, on)).active, true);
      assert.equal((await dir().accounts.update(account.id, on)).active, true);
      assert.equal((await dir().groups.update(group.id, on)).active, true);
      const actions = (await lab.audit(account.id)).map((r) => r.action);
      assert.deepEqual(actions, ['created', 'deactivated', 'reactivated']);
    });

    it('AUTH-4 the audit log keeps each directory change once, with its actor, before and after', async () => {
      const group = await director.directory.groups.create({ name: 'Audited' });
      await dir().groups.update(group.id, { name: 'Audited 2' });
      await dir().groups.update(group.id, { name: 'Audited 2' });
      await dir().groups.update(group.id, {});
      const rows = await lab.audit(group.id);
      const { director: d, manager: m } = lab.personIds;
      assert.deepEqual(
        rows.map((r) => [r.action, r.entityType, r.actorId, r.before?.name ?? null, r.after?.name]),
        [
          ['created', 'property_group', d, null, 'Audited'],
          ['changed', 'property_group', m, 'Audited', 'Audited 2'],
        ],
      );
      const unit = await newUnit(lab.seed.propertyId, 'AUD');
      const account = await dir().units.openAccount(unit.id, { number: 'AUD-1' });
      const [created] = await lab.audit(account.id);
      assert.deepEqual(
        [created?.action, created?.entityType, created?.actorId, created?.after?.number],
        ['created', 'account', m, 'AUD-1'],
      );
      // a create replayed by its Idempotency-Key is one unit, one row
      const key = 'places-audit-key-1';
      const once = await dir().units.create(
        { propertyId: lab.seed.propertyId, number: 'AUD-2', area: '40' },
        { idempotencyKey: key },
      );
      const again = await dir().units.create(
        { propertyId: lab.seed.propertyId, number: 'AUD-2', area: '40' },
        { idempotencyKey: key },
      );
      assert.equal(again.id, once.id);
      assert.equal(await auditCount(once.id), 1);
    });

    it('ORG-1 staff read every route; accountants and residents write nothing; another tenant sees nothing', async () => {
      const { seed, personIds } = lab;
      const account = await dir().units.openAccount(seed.unitId, { number: 'ISO-1' });
      const person = personIds.bob;
      /** Every route of this suite: its method, path and a body that would pass. */
      const routes: [op: string, method: string, path: string, body?: unknown][] = [
        ['listPropertyGroups', 'GET', '/property-groups'],
        ['createPropertyGroup', 'POST', '/property-groups', { name: 'Iso' }],
        ['getPropertyGroup', 'GET', `/property-groups/${seed.groupId}`],
        [
          'updatePropertyGroup',
          'PATCH',
          `/property-groups/${seed.groupId}`,
          { name: 'Seed Group' },
        ],
        ['listQuarters', 'GET', `/quarters?groupId=${seed.groupId}`],
        ['createQuarter', 'POST', '/quarters', { name: 'Iso', groupId: seed.groupId }],
        ['getQuarter', 'GET', `/quarters/${seed.quarterId}`],
        ['updateQuarter', 'PATCH', `/quarters/${seed.quarterId}`, { name: 'Seed Quarter' }],
        ['listProperties', 'GET', `/properties?quarterId=${seed.quarterId}`],
        [
          'createProperty',
          'POST',
          '/properties',
          {
            name: 'Iso',
            type: 't',
            legalEntity: 'l',
            address: 'a',
            totalArea: '1',
            quarterId: seed.quarterId,
          },
        ],
        ['getProperty', 'GET', `/properties/${seed.propertyId}`],
        ['updateProperty', 'PATCH', `/properties/${seed.propertyId}`, { name: 'Seed House' }],
        ['listUnits', 'GET', `/units?propertyId=${seed.propertyId}`],
        ['createUnit', 'POST', '/units', { propertyId: seed.propertyId, number: 'ISO', area: '1' }],
        ['getUnit', 'GET', `/units/${seed.unitId}`],
        ['updateUnit', 'PATCH', `/units/${seed.unitId}`, { number: 'S1' }],
        ['createAccount', 'POST', `/units/${seed.unitId}/accounts`, { number: 'ISO-2' }],
        ['updateAccount', 'PATCH', `/accounts/${account.id}`, { number: 'ISO-1' }],
        ['linkPerson', 'PUT', `/units/${seed.unitId}/people/${person}`, { roles: ['resident'] }],
        ['unlinkPerson', 'DELETE', `/units/${seed.unitId}/people/${person}`],
      ];
      const send = (call: Call, [, method, path, body]: (typeof routes)[number]) =>
        call(path, { method, ...(body !== undefined && { json: body }) });
      const statusOf = async (call: Call, route: (typeof routes)[number]) => {
        const response = await send(call, route);
        if (response.status >= 400) await problemOf(response);
        return response.status;
      };
      /** The rows of the lab's audit log: every change made to its directory. */
      const labChanges = () =>
        lab.sql(async (sql) => {
          const { rows } = await sql.query<{ n: number }>(
            'SELECT count(*)::int AS n FROM audit_log WHERE tenant_id = $1',
            [lab.tenantId],
          );
          return rows[0]?.n;
        });
      const katarzyna = await signIns(
        server(),
        'lesna-5',
        'Zarzad-2026!',
      )('katarzyna@lesna5.example');
      const before = await labChanges();
      for (const route of routes) {
        const [op, method] = route;
        const write = method !== 'GET';
        assert.equal(await statusOf(lab.anonymous, route), 401, `${op} anonymous`);
        for (const who of residents) {
          assert.equal(await statusOf(await lab.as(who), route), 403, `${op} as ${who}`);
        }
        const accountant = await statusOf(await lab.as('accountant'), route);
        assert.equal(accountant, write ? 403 : 200, `${op} as the accountant`);
        // another tenant's manager, on their own tenant, naming the lab's entries
        if (op === 'createPropertyGroup') continue; // names nothing of the lab
        if (op === 'listPropertyGroups') {
          const response = await katarzyna('/property-groups?state=all&limit=100');
          const page = (await response.json()) as { items: { id: string }[] };
          assert.ok(!page.items.some((g) => g.id === seed.groupId), 'no group of the lab');
          continue;
        }
        assert.equal(await statusOf(katarzyna, route), 404, `${op} by another tenant's manager`);
      }
      assert.equal(await labChanges(), before, 'nothing of the lab changed');
      // the lab's person linked to another tenant's unit, and the other way round
      const lesnaUnit = await lesnaIdOf('units');
      const link = { method: 'PUT', json: { roles: ['resident'] } };
      assert.equal((await katarzyna(`/units/${lesnaUnit}/people/${person}`, link)).status, 404);
      const manager = await lab.as('manager');
      assert.equal((await manager(`/units/${lesnaUnit}/people/${person}`, link)).status, 404);
      // managers and directors do write
      for (const who of ['manager', 'director'] as const) {
        const response = await (await lab.as(who))(`/units/${seed.unitId}/people/${person}`, link);
        assert.equal(response.status, 200, who);
      }
    });

    it('DIR-1 DIR-3 bad input names its field in ru, pl and en, for every code of the directory', async () => {
      const { seed, personIds } = lab;
      const inactiveGroup = await newGroup('Messages off');
      await dir().groups.update(inactiveGroup.id, { active: false });
      const cases: [
        name: string,
        method: string,
        path: string,
        body: unknown,
        expected: { field: string; code: FieldErrorCode; params?: Record<string, string | number> },
      ][] = [
        [
          'required',
          'POST',
          '/properties',
          { name: 'M', type: 't', legalEntity: 'l', address: 'a' },
          { field: 'totalArea', code: 'required' },
        ],
        [
          'too_short',
          'POST',
          '/property-groups',
          { name: '  ' },
          { field: 'name', code: 'too_short', params: { limit: 1 } },
        ],
        [
          'invalid_format',
          'POST',
          '/units',
          { propertyId: seed.propertyId, number: 'M', area: '0' },
          { field: 'area', code: 'invalid_format' },
        ],
        [
          'invalid_value',
          'PUT',
          `/units/${seed.unitId}/people/${personIds.ala}`,
          { roles: ['resident'], ownershipShare: '0.5' },
          { field: 'ownershipShare', code: 'invalid_value' },
        ],
        [
          'number_taken',
          'POST',
          '/units',
          { propertyId: seed.propertyId, number: 'S1', area: '10' },
          { field: 'number', code: 'number_taken' },
        ],
        [
          'parent_inactive',
          'POST',
          '/quarters',
          { name: 'M', groupId: inactiveGroup.id },
          { field: 'groupId', code: 'parent_inactive' },
        ],
        [
          'has_active_children',
          'PATCH',
          `/property-groups/${seed.groupId}`,
          { active: false },
          { field: 'active', code: 'has_active_children', params: { count: 1 } },
        ],
        [
          'unit_shares_exceed_whole',
          'PUT',
          `/units/${seed.unitId}/people/${personIds.ala}`,
          { roles: ['owner'], ownershipShare: '0.5' },
          {
            field: 'ownershipShare',
            code: 'unit_shares_exceed_whole',
            params: { unitNumber: 'S1', shares: '1.5' },
          },
        ],
      ];
      const call = await lab.as('manager');
      for (const [name, method, path, body, expected] of cases) {
        for (const locale of ['ru', 'pl', 'en'] as Locale[]) {
          const response = await call(path, {
            method,
            json: body,
            headers: { 'accept-language': locale },
          });
          assert.equal(response.status, 400, `${name} in ${locale}`);
          const problem = await problemOf(response);
          const { field, code, params } = expected;
          assert.deepEqual(
            problem.errors,
            [
              {
                field,
                code,
                message: fieldMessage(code, locale, params),
                ...(params && { params }),
              },
            ],
            `${name} in ${locale}`,
          );
          assert.match(problem.detail ?? '', new RegExp(field), `${name}'s detail in ${locale}`);
        }
      }
    });
  });
}

/** A transaction beside the server (a superuser's, past row-level security). */
async function sideTransaction(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query('BEGIN');
  let open = true;
  return {
    query: (text: string, values?: unknown[]) => client.query(text, values),
    /** Waits until `count` sessions wait on a lock; false if they do not within 10 s. */
    async waiting(count: number): Promise<boolean> {
      for (let i = 0; i < 200; i++) {
        const { rows } = await client.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM pg_stat_activity
            WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        );
        if ((rows[0]?.n ?? 0) >= count) return true;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return false;
    },
    /** Commits (idempotent), letting whoever waits on its locks go on. */
    async release() {
      if (!open) return;
      open = false;
      await client.query('COMMIT');
      await client.end();
    },
  };
}
type Side = Awaited<ReturnType<typeof sideTransaction>>;

// Races on PostgreSQL only: PGlite is one connection, so two transactions never overlap
// there. A transaction beside the server holds the row both requests lock, so both are
// under way before either goes on; its release lets them go in the order they came.
for (const engine of engines.filter((e) => e.name === 'postgres')) {
  describe(`directory places races on ${engine.name}`, () => {
    const server = useServer(engine, { statsScheduler: false });
    let lab: PlacesLab;
    let call: Call;
    before(async () => {
      lab = await createPlacesLab(server(), 'places-races');
      call = await lab.as('manager');
    });

    async function beside<T>(fn: (side: Side) => Promise<T>): Promise<T> {
      const { database } = server();
      assert.ok('url' in database);
      const side = await sideTransaction(database.url);
      try {
        return await fn(side);
      } finally {
        await side.release();
      }
    }
    const holdRow = (side: Side, table: string, id: string) =>
      side.query(`SELECT 1 FROM ${table} WHERE id = $1 FOR UPDATE`, [id]);
    const json = async <T>(response: Response) => (await response.json()) as T;
    const post = (path: string, body: unknown) => call(path, { method: 'POST', json: body });
    const patch = (path: string, body: unknown) => call(path, { method: 'PATCH', json: body });

    it('DIR-3 two owners linked at once cannot hold more than the whole of a unit', async () => {
      const property = await json<Property>(
        await post('/properties', {
          name: 'Race shares',
          type: 't',
          legalEntity: 'l',
          address: 'a',
          totalArea: '100',
        }),
      );
      const unit = await json<Unit>(
        await post('/units', { propertyId: property.id, number: '1', area: '50' }),
      );
      const owner = (who: Who) =>
        call(`/units/${unit.id}/people/${lab.personIds[who]}`, {
          method: 'PUT',
          json: { roles: ['owner'], ownershipShare: '0.6' },
        });
      const answers = await beside(async (side) => {
        await holdRow(side, 'units', unit.id);
        const sent = Promise.all([owner('ala'), owner('bob')]);
        assert.ok(await side.waiting(2), 'both links wait on the unit');
        await side.release();
        return sent;
      });
      assert.deepEqual(answers.map((a) => a.status).sort(), [200, 400]);
      const refused = answers.find((a) => a.status === 400);
      const problem = await problemOf(refused as Response);
      assert.deepEqual(
        problem.errors?.map((e) => [e.field, e.code, e.params]),
        [['ownershipShare', 'unit_shares_exceed_whole', { unitNumber: '1', shares: '1.2' }]],
      );
      const shown = await json<Unit>(await call(`/units/${unit.id}`));
      assert.deepEqual(
        shown.people.map((p) => p.ownershipShare),
        ['0.6'],
      );
    });

    for (const first of ['create', 'deactivate'] as const) {
      it(`DIR-3 deactivating a property while a unit is created in it ends consistent (${first} first)`, async () => {
        const property = await json<Property>(
          await post('/properties', {
            name: `Race ${first}`,
            type: 't',
            legalEntity: 'l',
            address: 'a',
            totalArea: '100',
          }),
        );
        const create = () => post('/units', { propertyId: property.id, number: '1', area: '50' });
        const deactivate = () => patch(`/properties/${property.id}`, { active: false });
        const [created, deactivated] = await beside(async (side) => {
          await holdRow(side, 'properties', property.id);
          const one = first === 'create' ? create() : deactivate();
          assert.ok(await side.waiting(1), `the ${first} waits on the property`);
          const other = first === 'create' ? deactivate() : create();
          assert.ok(await side.waiting(2), 'and so does the other');
          await side.release();
          const both = await Promise.all([one, other]);
          return first === 'create' ? both : [both[1], both[0]];
        });
        const now = await json<Property>(await call(`/properties/${property.id}`));
        if (first === 'create') {
          assert.equal(created?.status, 201);
          assert.equal(deactivated?.status, 400);
          assert.deepEqual(
            (await problemOf(deactivated as Response)).errors?.map((e) => e.code),
            ['has_active_children'],
          );
          assert.deepEqual([now.active, now.unitCount], [true, 1]);
        } else {
          assert.equal(deactivated?.status, 200);
          assert.equal(created?.status, 400);
          assert.deepEqual(
            (await problemOf(created as Response)).errors?.map((e) => e.field),
            ['propertyId'],
          );
          assert.deepEqual([now.active, now.unitCount], [false, 0]);
        }
      });
    }
  });
}

import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { AuditEntry, AuditEntryPage, DirectoryPerson } from '@atrium/sdk';
import { encodeCursor } from '../src/pagination/cursor.js';
import { engines } from './databases.js';
import { problemOf, useServer, type Call } from './helpers.js';
import {
  createPeopleLab,
  json,
  otherTenantManager,
  residents,
  type PeopleLab,
  type Who,
} from './people-fixture.js';

for (const engine of engines) {
  describe(`audit log on ${engine.name}`, () => {
    const server = useServer(engine, { statsScheduler: false });
    let lab: PeopleLab;
    before(async () => {
      lab = await createPeopleLab(server(), 'audit-lab');
    });

    const call = async (who: Who, path: string, init: RequestInit & { json?: unknown } = {}) =>
      (await lab.as(who))(path, init);
    /** Every entry a query lists, over as many pages as it takes. */
    async function entries(query: Record<string, string>, who: Who = 'manager') {
      const items: AuditEntry[] = [];
      let cursor: string | null = null;
      do {
        const params = new URLSearchParams(query);
        if (cursor) params.set('cursor', cursor);
        const page: AuditEntryPage = await json(await call(who, `/audit-log?${params}`), 200);
        items.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor);
      return items;
    }
    const actor = (who: Who, name: string) => ({ id: lab.personIds[who], name });

    it('AUTH-4 a person’s life in the log: created, changed, deactivated, reactivated, with who and what', async () => {
      const made = await lab.create({
        name: 'Audra Logged',
        email: 'audra@audit-lab.example',
        locale: 'pl',
      });
      const patch = (who: Who, body: unknown) =>
        call(who, `/people/${made.id}`, { method: 'PATCH', json: body });
      await json(await patch('manager', { phone: '+48601234567' }), 200);
      await json(await patch('director', { active: false }), 200);
      await json(await patch('director', { active: true }), 200);
      await json(await patch('manager', {}), 200);

      const log = await entries({ entityType: 'person', entityId: made.id });
      assert.deepEqual(
        log.map((e) => [e.action, e.actor, e.entityType, e.entityId]),
        [
          ['reactivated', actor('director', 'Lab Director'), 'person', made.id],
          ['deactivated', actor('director', 'Lab Director'), 'person', made.id],
          ['changed', actor('manager', 'Lab Manager'), 'person', made.id],
          ['created', actor('manager', 'Lab Manager'), 'person', made.id],
        ],
        'newest first; a change of nothing is not logged',
      );
      const [reactivated, deactivated, changed, created] = log;
      assert.equal(created?.before, null);
      assert.deepEqual(created?.after, {
        id: made.id,
        name: 'Audra Logged',
        email: 'audra@audit-lab.example',
        phone: null,
        phoneTrusted: true,
        locale: 'pl',
        staffRole: null,
        receivesRegistrations: false,
        active: true,
        createdAt: created?.after?.createdAt,
      });
      assert.equal(typeof created?.after?.createdAt, 'string');
      assert.deepEqual([changed?.before?.phone, changed?.after?.phone], [null, '+48601234567']);
      assert.deepEqual([deactivated?.before?.active, deactivated?.after?.active], [true, false]);
      assert.deepEqual([reactivated?.before?.active, reactivated?.after?.active], [false, true]);
      for (const entry of log) {
        const text = JSON.stringify(entry);
        assert.ok(!/password|tenant|_/i.test(Object.keys(entry.after ?? {}).join()), text);
        assert.ok(!text.includes('$argon2'), 'no secret ever');
      }
    });

    it('AUTH-1 grants and revocations are logged by whom, from what access to what', async () => {
      const made = await lab.create({ name: 'Gus Granted', email: 'gus@audit-lab.example' });
      await lab.link(made.id, 'B2', 'resident');
      const access = (who: Who, method: string) =>
        call(who, `/people/${made.id}/portal-access`, { method });
      await json(await access('manager', 'POST'), 202);
      await json(await access('director', 'DELETE'), 200);
      await json(await access('director', 'DELETE'), 200);
      const log = await entries({ entityId: made.id, entityType: 'person' });
      assert.deepEqual(
        log.map((e) => [e.action, e.actor?.name, e.before, e.after]),
        [
          ['access_revoked', 'Lab Director', { portalAccess: 'invited' }, { portalAccess: 'none' }],
          ['access_granted', 'Lab Manager', { portalAccess: 'none' }, { portalAccess: 'invited' }],
          ['created', 'Lab Manager', null, log.at(-1)?.after],
        ],
        'revoking no access records nothing',
      );
    });

    it('AUTH-4 a person’s unit links appear under the person, with no actor when the system made them', async () => {
      const made = await lab.create({ name: 'Lina Linked', email: 'lina@audit-lab.example' });
      await lab.link(made.id, 'B10', 'owner');
      const log = await entries({ entityId: made.id });
      assert.deepEqual(
        log.map((e) => [e.action, e.entityType, e.entityId, e.actor]),
        [
          ['linked', 'unit_link', lab.unitIds.B10, null],
          ['created', 'person', made.id, actor('manager', 'Lab Manager')],
        ],
      );
      assert.deepEqual(log[0]?.after, {
        personId: made.id,
        unitId: lab.unitIds.B10,
        role: 'owner',
        ownershipShare: log[0]?.after?.ownershipShare,
      });
      assert.ok(
        ['0.25', 0.25].includes(log[0]?.after?.ownershipShare as never),
        'the share as to_jsonb wrote it',
      );
      const unitLog = await entries({ entityId: lab.unitIds.B10, entityType: 'unit_link' });
      assert.ok(
        unitLog.some((e) => e.after?.personId === made.id),
        'and under the unit',
      );
    });

    it('the log narrows to a kind of entry and to an actor', async () => {
      const made = await lab.create({ name: 'Ada Actor' });
      await json(
        await call('director', `/people/${made.id}`, { method: 'PATCH', json: { locale: 'ru' } }),
        200,
      );
      const byDirector = await entries({ actorId: lab.personIds.director });
      assert.ok(byDirector.length > 0);
      assert.ok(byDirector.every((e) => e.actor?.id === lab.personIds.director));
      assert.ok(byDirector.some((e) => e.entityId === made.id && e.action === 'changed'));
      const units = await entries({ entityType: 'unit' });
      assert.ok(units.length >= 4, 'the lab’s units, created by the system');
      assert.ok(units.every((e) => e.entityType === 'unit' && e.actor === null));
    });

    it('pages newest first without gaps or repeats; a cursor that is no position is refused', async () => {
      for (let i = 0; i < 3; i++) await lab.create({ name: `Page ${i}` });
      const all = await entries({ limit: '100' });
      const paged = await entries({ limit: '2' });
      assert.deepEqual(
        paged.map((e) => e.id),
        all.map((e) => e.id),
      );
      const instants = all.map((e) => Date.parse(e.at));
      assert.deepEqual(
        instants,
        [...instants].sort((a, b) => b - a),
      );
      for (const cursor of [
        'nonsense',
        encodeCursor({ at: '2026-02-30T10:00:00.000000Z', id: lab.personIds.manager }),
        encodeCursor({ at: '2026-01-01T10:00:00Z', id: lab.personIds.manager }),
      ]) {
        const response = await call('manager', `/audit-log?cursor=${cursor}`);
        assert.equal(response.status, 400);
        assert.deepEqual(
          (await problemOf(response)).errors?.map((e) => e.field),
          ['cursor'],
        );
      }
    });

    it('ORG-1 managers and directors read the log; nobody else, and no other tenant’s entry', async () => {
      const made = await lab.create({ name: 'Secret Sam', email: 'sam@audit-lab.example' });
      const katarzyna = await otherTenantManager(server());
      const callers: [string, Call, number][] = [
        ['anonymous', lab.anonymous, 401],
        ['accountant', await lab.as('accountant'), 403],
      ];
      for (const who of residents) callers.push([who, await lab.as(who), 403]);
      for (const [name, caller, status] of callers) {
        const response = await caller('/audit-log');
        assert.equal(response.status, status, name);
        assert.ok(!(await response.text()).includes('Secret Sam'), name);
      }
      for (const query of [`entityId=${made.id}`, `actorId=${lab.personIds.manager}`]) {
        const response = await katarzyna(`/audit-log?${query}`);
        assert.equal(response.status, 404, query);
      }
      const theirs: AuditEntryPage = await json(await katarzyna('/audit-log?limit=100'), 200);
      assert.ok(theirs.items.length > 0, 'the demo’s own entries');
      assert.ok(!JSON.stringify(theirs).includes('Secret Sam'));
      assert.ok(!JSON.stringify(theirs).includes(made.id));
      const director: DirectoryPerson = await json(
        await call('director', `/people/${made.id}`),
        200,
      );
      assert.equal(director.name, 'Secret Sam');
      assert.ok((await entries({ entityId: made.id }, 'director')).length === 1);
    });
  });
}

import { randomUUID } from 'node:crypto';
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { PaymentTypeList } from '@atrium/sdk';
import type { PaymentType } from '../src/payments/types.js';
import { engines } from './databases.js';
import { problemOf, signIns, useServer } from './helpers.js';
import { createPaymentsLab, type PaymentsLab, type Who } from './payments-lab.js';

for (const engine of engines) {
  describe(`payment types on ${engine.name}`, () => {
    const server = useServer(engine, { statsScheduler: false });
    let lab: PaymentsLab;

    before(async () => {
      lab = await createPaymentsLab(server(), 'types-lab');
    });

    async function json<T>(response: Response, status: number): Promise<T> {
      assert.equal(response.status, status, await response.clone().text());
      return (await response.json()) as T;
    }
    const post = async (who: Who, body: unknown, headers: Record<string, string> = {}) =>
      (await lab.as(who))('/payment-types', { method: 'POST', json: body, headers });
    const patch = async (who: Who, id: string, body: unknown) =>
      (await lab.as(who))(`/payment-types/${id}`, { method: 'PATCH', json: body });
    const list = async (who: Who) =>
      json<PaymentTypeList>(await (await lab.as(who))('/payment-types'), 200);
    /** The fields a refusal names, with their codes. */
    const refused = async (response: Response, status = 400) => {
      assert.equal(response.status, status, await response.clone().text());
      const problem = await problemOf(response);
      return {
        code: problem.code,
        fields: (problem.errors ?? []).map((e) => [e.field, e.code]).sort(),
      };
    };

    it('FIN-5 a new type takes the defaults: 0 %, enabled; a money type has no currency or point', async () => {
      const card = await json<PaymentType>(
        await post('manager', { name: 'Card online', kind: 'money' }),
        201,
      );
      assert.deepEqual(card, {
        id: card.id,
        name: 'Card online',
        kind: 'money',
        loyaltyProgram: null,
        loyaltyCurrency: null,
        maxPercent: 0,
        pointValue: null,
        enabled: true,
      });
      const points = await json<PaymentType>(
        await post('manager', {
          name: '  Бонусные рубли  ',
          kind: 'points',
          loyaltyProgram: 'atrium-rub',
          loyaltyCurrency: ' RUB ',
          maxPercent: 10,
          pointValue: 100,
        }),
        201,
      );
      // texts are stored trimmed
      assert.deepEqual(points, {
        id: points.id,
        name: 'Бонусные рубли',
        kind: 'points',
        loyaltyProgram: 'atrium-rub',
        loyaltyCurrency: 'RUB',
        maxPercent: 10,
        pointValue: 100,
        enabled: true,
      });
    });

    it('FIN-5 a points type needs its program, its currency and the worth of a point; a money type refuses them', async () => {
      assert.deepEqual(await refused(await post('manager', { name: 'Баллы', kind: 'points' })), {
        code: 'validation_failed',
        fields: [
          ['loyaltyCurrency', 'required'],
          ['loyaltyProgram', 'required'],
          ['pointValue', 'required'],
        ],
      });
      assert.deepEqual(
        await refused(
          await post('manager', {
            name: 'Баллы',
            kind: 'points',
            loyaltyProgram: 'atrium-rub',
            loyaltyCurrency: '  ',
          }),
        ),
        {
          code: 'validation_failed',
          fields: [
            ['loyaltyCurrency', 'required'],
            ['pointValue', 'required'],
          ],
        },
      );
      assert.deepEqual(
        await refused(
          await post('manager', {
            name: 'Карта',
            kind: 'money',
            loyaltyProgram: 'atrium-rub',
            loyaltyCurrency: 'RUB',
            pointValue: 100,
          }),
        ),
        {
          code: 'validation_failed',
          fields: [
            ['loyaltyCurrency', 'invalid_value'],
            ['loyaltyProgram', 'invalid_value'],
            ['pointValue', 'invalid_value'],
          ],
        },
      );
      // the contract's own bounds, and a blank name
      for (const [body, field, code] of [
        [{ name: '   ', kind: 'money' }, 'name', 'too_short'],
        [{ name: 'X', kind: 'cash' }, 'kind', 'invalid_value'],
        [{ name: 'X', kind: 'money', maxPercent: 101 }, 'maxPercent', 'out_of_range'],
        [
          { name: 'X', kind: 'points', loyaltyProgram: 'p', loyaltyCurrency: 'RUB', pointValue: 0 },
          'pointValue',
          'out_of_range',
        ],
        [
          {
            name: 'X',
            kind: 'points',
            loyaltyProgram: '-rub',
            loyaltyCurrency: 'RUB',
            pointValue: 1,
          },
          'loyaltyProgram',
          'invalid_format',
        ],
        [{ name: 'X', kind: 'money', colour: 'red' }, 'colour', 'unknown_field'],
      ] as const) {
        const { fields } = await refused(await post('manager', body));
        assert.deepEqual(fields, [[field, code]], JSON.stringify(body));
      }
      const names = (await list('manager')).items.map((t) => t.name);
      assert.ok(!names.some((n) => ['Баллы', 'Карта', 'X'].includes(n.trim())), 'none stored');
    });

    it('FIN-5 only managers and directors add and change types; accountants, owners and residents get 403', async () => {
      const byDirector = await json<PaymentType>(
        await post('director', {
          name: 'Director’s points',
          kind: 'points',
          loyaltyProgram: 'atrium-points',
          loyaltyCurrency: 'points',
          pointValue: 50,
        }),
        201,
      );
      for (const who of ['accountant', 'owner', 'resident', 'board'] as const) {
        const adding = await post(who, { name: `By ${who}`, kind: 'money' });
        assert.equal((await refused(adding, 403)).code, 'forbidden', who);
        const changing = await patch(who, byDirector.id, { maxPercent: 50 });
        assert.equal((await refused(changing, 403)).code, 'forbidden', who);
      }
      const changed = await json<PaymentType>(
        await patch('director', byDirector.id, { maxPercent: 50 }),
        200,
      );
      assert.equal(changed.maxPercent, 50);
      const anonymous = await server().fetch(`/t/${lab.slug}/payment-types`, {
        method: 'POST',
        json: { name: 'Nobody’s', kind: 'money' },
      });
      assert.equal(anonymous.status, 401);
      const names = (await list('manager')).items.map((t) => t.name);
      assert.ok(!names.some((n) => n.startsWith('By ') || n === 'Nobody’s'));
    });

    it('FIN-5 a change changes only the fields sent; the kind never changes; points fields are for points types', async () => {
      const type = await lab.addType({
        name: 'Change me',
        kind: 'points',
        loyaltyProgram: 'atrium-byn',
        loyaltyCurrency: 'BYN',
        maxPercent: 5,
        pointValue: 10,
      });
      const changed = await json<PaymentType>(
        await patch('manager', type.id, { maxPercent: 20, enabled: false }),
        200,
      );
      assert.deepEqual(changed, { ...type, maxPercent: 20, enabled: false });
      assert.deepEqual(
        (await list('manager')).items.find((t) => t.id === type.id),
        changed,
        'as stored',
      );
      assert.deepEqual(
        await json<PaymentType>(await patch('manager', type.id, {}), 200),
        changed,
        'nothing sent, nothing changed',
      );
      // the kind and the program are the type's for good: a new program is a new type
      for (const field of ['kind', 'loyaltyProgram']) {
        const change = { [field]: field === 'kind' ? 'money' : 'atrium-rub' };
        assert.deepEqual((await refused(await patch('manager', type.id, change))).fields, [
          [field, 'unknown_field'],
        ]);
      }
      assert.equal(
        (await list('manager')).items.find((t) => t.id === type.id)?.loyaltyProgram,
        'atrium-byn',
      );
      const money = await lab.addType({ name: 'Money to change', kind: 'money' });
      assert.deepEqual(
        (await refused(await patch('manager', money.id, { pointValue: 100, name: ' ' }))).fields,
        [
          ['name', 'too_short'],
          ['pointValue', 'invalid_value'],
        ],
      );
      assert.equal((await patch('manager', randomUUID(), { enabled: false })).status, 404);
    });

    it('FIN-5 a name is the tenant’s once: a second type of that name, or a rename to it, is 400 name_taken', async () => {
      const first = await lab.addType({ name: 'Twice', kind: 'money' });
      const second = await lab.addType({ name: 'Once', kind: 'money' });
      assert.deepEqual(await refused(await post('manager', { name: 'Twice', kind: 'money' })), {
        code: 'validation_failed',
        fields: [['name', 'name_taken']],
      });
      const renamed = await patch('manager', second.id, { name: 'Twice' });
      const problem = await problemOf(renamed.clone());
      assert.deepEqual((await refused(renamed)).fields, [['name', 'name_taken']]);
      assert.equal(problem.errors?.[0]?.message, 'Это название уже занято.');
      // its own name again is no clash
      assert.equal((await patch('manager', first.id, { name: 'Twice' })).status, 200);
      // two adding one name at once: one has it, the other is refused, nothing fails
      const both = await Promise.all(
        ['director', 'manager'].map((who) => post(who as Who, { name: 'Raced', kind: 'money' })),
      );
      assert.deepEqual(both.map((r) => r.status).sort(), [201, 400]);
      const [lost] = both.filter((r) => r.status === 400);
      assert.ok(lost);
      assert.deepEqual((await refused(lost)).fields, [['name', 'name_taken']]);
      const names = (await list('manager')).items.map((t) => t.name);
      assert.equal(names.filter((n) => n === 'Raced').length, 1);
      assert.equal(names.filter((n) => n === 'Twice').length, 1);
    });

    it('FIN-5 a repeated Idempotency-Key adds the type once', async () => {
      const key = randomUUID();
      const body = { name: 'Keyed', kind: 'money' };
      const first = await json<PaymentType>(
        await post('manager', body, { 'idempotency-key': key }),
        201,
      );
      const again = await post('manager', body, { 'idempotency-key': key });
      assert.equal(again.headers.get('idempotent-replayed'), 'true');
      assert.deepEqual(await json<PaymentType>(again, 201), first);
      const names = (await list('manager')).items.map((t) => t.name);
      assert.equal(names.filter((n) => n === 'Keyed').length, 1);
    });

    it('FIN-5 owners and residents see the enabled types, staff all of them, by name', async () => {
      const on = await lab.addType({
        name: 'Бонусные баллы',
        kind: 'points',
        loyaltyProgram: 'atrium-points',
        loyaltyCurrency: 'points',
        pointValue: 50,
        maxPercent: 10,
      });
      const off = await lab.addType({
        name: 'Бонусы (выкл.)',
        kind: 'points',
        loyaltyProgram: 'atrium-rub',
        loyaltyCurrency: 'RUB',
        pointValue: 100,
        enabled: false,
      });
      const all = (await list('manager')).items;
      // by name in byte order, alike on both engines: Latin before Cyrillic
      const names = all.map((t) => t.name);
      assert.deepEqual(
        names,
        [...names].sort((a, b) => (Buffer.from(a) < Buffer.from(b) ? -1 : 1)),
      );
      assert.ok(names.indexOf('Card online') < names.indexOf('Бонусные баллы'));
      assert.ok(names.indexOf('Бонусные баллы') < names.indexOf('Бонусные рубли'));
      assert.ok(all.some((t) => t.id === off.id));
      for (const who of ['director', 'accountant'] as const) {
        assert.deepEqual((await list(who)).items, all, who);
      }
      const enabled = all.filter((t) => t.enabled);
      assert.ok(enabled.some((t) => t.id === on.id));
      for (const who of ['owner', 'resident', 'neighbour'] as const) {
        assert.deepEqual((await list(who)).items, enabled, who);
      }
      // a board member who neither owns nor lives here has no account to pay
      const board = await (await lab.as('board'))('/payment-types');
      assert.equal((await refused(board, 403)).code, 'forbidden');
      assert.equal((await server().fetch(`/t/${lab.slug}/payment-types`)).status, 401);
    });

    it('FIN-5 another tenant’s staff neither see nor change this tenant’s types', async () => {
      const type = await lab.addType({ name: 'Ours only', kind: 'money' });
      const petr = await signIns(
        server(),
        'demo-hotel',
        'Manager-2026',
      )('petr@nevsky-apart.example');
      const theirs = await json<PaymentTypeList>(await petr('/payment-types'), 200);
      assert.ok(theirs.items.every((t) => t.id !== type.id && t.name !== 'Ours only'));
      assert.equal(
        (await petr(`/payment-types/${type.id}`, { method: 'PATCH', json: { enabled: false } }))
          .status,
        404,
      );
      assert.equal((await list('manager')).items.find((t) => t.id === type.id)?.enabled, true);
    });
  });
}

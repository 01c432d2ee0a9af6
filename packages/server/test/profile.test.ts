import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { Locale, NotificationPreference, Profile, ProfileUnit } from '@atrium/sdk';
import { AtriumError } from '@atrium/sdk';
import { fieldMessage } from '../src/errors/messages.js';
import { engines } from './databases.js';
import { problemOf, resetTokenOf, useServer } from './helpers.js';
import { createPeopleLab, json, labPassword, type PeopleLab, type Who } from './people-fixture.js';
import { addMember, foreignToken, outboxOf, type Member } from './profile-fixture.js';

const publicUrl = 'https://portal.example';
const locales: Locale[] = ['ru', 'pl', 'en'];

/** The token of an e-mail confirmation link in a mail's text. */
function confirmationTokenOf(text: string | undefined): string {
  const token = /#atrium-email-token=([\w-]+)/.exec(text ?? '')?.[1];
  if (!token) throw new Error('no confirmation link in the mail');
  return token;
}

for (const engine of engines) {
  describe(`profile on ${engine.name}`, () => {
    const server = useServer(engine, { statsScheduler: false, publicUrl });
    let lab: PeopleLab;
    before(async () => {
      lab = await createPeopleLab(server(), 'profile-lab');
    });

    const profileOf = async (who: Member) => json<Profile>(await who.call('/me/profile'), 200);
    const asLab = async (who: Who) => {
      const call = await lab.as(who);
      return json<Profile>(await call('/me/profile'), 200);
    };
    /** Asks for an e-mail change from an address of the test's own (the limit is per address). */
    const askChange = (who: Member, email: string, address: string) =>
      who.call('/me/email-change', { method: 'POST', json: { email }, address });
    const confirm = (token: string, slug = 'profile-lab') =>
      server().fetch(`/t/${slug}/email-confirmations`, { method: 'POST', json: { token } });
    /** The token mailed to an address by its latest confirmation mail. */
    const mailedToken = async (to: string) =>
      confirmationTokenOf((await outboxOf(server(), to)).at(-1)?.text);
    const signsIn = async (email: string) => {
      try {
        await server().client('profile-lab').auth.signIn({ email, password: labPassword });
        return true;
      } catch (error) {
        if (error instanceof AtriumError && error.status === 401) return false;
        throw error;
      }
    };

    it('FIN-4 the profile: contacts, one’s units by property and natural number with every role there, and the kinds that reach one', async () => {
      const member = await addMember(server(), lab, {
        locale: 'pl',
        links: [
          ['B10', 'resident'],
          ['B1', 'board_member'],
          ['B1', 'owner'],
          ['A1', 'owner'],
          ['B2', 'board_member'],
        ],
      });
      const unit = (number: 'A1' | 'B1' | 'B10', roles: string[]): ProfileUnit =>
        ({
          unitId: lab.unitIds[number],
          unitNumber: number,
          propertyName: number === 'A1' ? 'Alder Court' : 'Birch House',
          roles,
          occupants: null,
          occupantsDeclaredAt: null,
        }) as ProfileUnit;
      const unset = (kind: NotificationPreference['kind']): NotificationPreference => ({
        kind,
        mine: 'unset',
        company: 'unset',
        sends: true,
      });
      assert.deepEqual(await profileOf(member), {
        id: member.id,
        name: `Member ${member.email}`,
        email: member.email,
        pendingEmail: null,
        phone: null,
        locale: 'pl',
        // B2 only on the board: not one's unit
        units: [
          unit('A1', ['owner']),
          unit('B1', ['owner', 'board_member']),
          unit('B10', ['resident']),
        ],
        notifications: [unset('ticket_updates')],
      });
      // a board member only has no unit and no notification; staff get registrations
      const board = await asLab('board');
      assert.deepEqual([board.units, board.notifications], [[], []]);
      assert.deepEqual((await asLab('manager')).notifications, [unset('registration_requests')]);
      const livingStaff = await addMember(server(), lab, {
        staff: 'accountant',
        links: [['B2', 'resident']],
      });
      assert.deepEqual((await profileOf(livingStaff)).notifications, [
        unset('ticket_updates'),
        unset('registration_requests'),
      ]);
    });

    it('FIN-4 one changes one’s name, phone and language, only what is sent; the audit log names the person', async () => {
      const member = await addMember(server(), lab, { links: [['B1', 'owner']] });
      const patch = async (body: unknown) =>
        json<Profile>(await member.call('/me/profile', { method: 'PATCH', json: body }), 200);
      const phoned = await patch({ phone: '+48601234567' });
      assert.deepEqual(
        [phoned.name, phoned.phone, phoned.locale],
        [`Member ${member.email}`, '+48601234567', 'en'],
      );
      const renamed = await patch({ name: '  Zofia Nowa ', locale: 'pl' });
      assert.deepEqual(
        [renamed.name, renamed.phone, renamed.locale],
        ['Zofia Nowa', '+48601234567', 'pl'],
      );
      const cleared = await patch({ phone: null });
      assert.equal(cleared.phone, null);
      const same = await patch({});
      assert.deepEqual(same, cleared, 'an empty change changes nothing');
      assert.equal(same.units.length, 1);
      const { rows } = await lab.sql((sql) =>
        sql.query<{ actor: string; before: string | null; after: string | null; name: string }>(
          `SELECT actor_id AS actor, before ->> 'phone' AS before, after ->> 'phone' AS after,
                  after ->> 'name' AS name
             FROM audit_log WHERE entity_id = $1 AND action = 'changed' ORDER BY at`,
          [member.id],
        ),
      );
      assert.deepEqual(
        rows.map((r) => ({ ...r })),
        [
          { actor: member.id, before: null, after: '+48601234567', name: `Member ${member.email}` },
          { actor: member.id, before: '+48601234567', after: '+48601234567', name: 'Zofia Nowa' },
          { actor: member.id, before: '+48601234567', after: null, name: 'Zofia Nowa' },
        ],
        'three changes, each the person’s own',
      );
    });

    it('FIN-4 bad input names its fields, in ru, pl and en, and changes nothing', async () => {
      const member = await addMember(server(), lab, { links: [['B1', 'owner']] });
      for (const locale of locales) {
        const headers = { 'accept-language': locale };
        const patch = await member.call('/me/profile', {
          method: 'PATCH',
          json: { name: '', phone: '601 234 567', locale: 'de' },
          headers,
        });
        assert.equal(patch.status, 400);
        assert.deepEqual(
          (await problemOf(patch)).errors?.map((e) => [e.field, e.code, e.message]).sort(),
          [
            ['locale', 'invalid_value', fieldMessage('invalid_value', locale)],
            ['name', 'too_short', fieldMessage('too_short', locale, { limit: 1 })],
            ['phone', 'invalid_format', fieldMessage('invalid_format', locale)],
          ],
          locale,
        );
        const blank = await member.call('/me/profile', {
          method: 'PATCH',
          json: { name: '   ' },
          headers,
        });
        assert.deepEqual(
          (await problemOf(blank)).errors?.map((e) => [e.field, e.code]),
          [['name', 'too_short']],
        );
        const email = await member.call('/me/profile', {
          method: 'PATCH',
          json: { email: 'other@profile-lab.example' },
          headers,
        });
        assert.deepEqual(
          (await problemOf(email)).errors?.map((e) => e.field),
          ['email'],
          'the e-mail changes only through a confirmed link',
        );
        const address = await askChange(member, 'not-an-email', '198.51.100.1');
        assert.deepEqual(
          (await problemOf(address)).errors?.map((e) => [e.field, e.code]),
          [['email', 'invalid_format']],
        );
        const count = await member.call(`/me/units/${lab.unitIds.B1}/occupants`, {
          method: 'PUT',
          json: { count: 100 },
          headers,
        });
        assert.deepEqual(
          (await problemOf(count)).errors?.map((e) => [e.field, e.message]),
          [['count', fieldMessage('out_of_range', locale, { min: 0, max: 99 })]],
        );
        const token = await confirm('');
        assert.deepEqual(
          (await problemOf(token)).errors?.map((e) => [e.field, e.code]),
          [['token', 'too_short']],
        );
      }
      for (const count of [-1, 2.5, '3', null]) {
        const response = await member.call(`/me/units/${lab.unitIds.B1}/occupants`, {
          method: 'PUT',
          json: { count },
        });
        assert.equal(response.status, 400, String(count));
        assert.deepEqual(
          (await problemOf(response)).errors?.map((e) => e.field),
          ['count'],
        );
      }
      const missing = await member.call(`/me/units/${lab.unitIds.B1}/occupants`, {
        method: 'PUT',
        json: {},
      });
      assert.deepEqual(
        (await problemOf(missing)).errors?.map((e) => [e.field, e.code]),
        [['count', 'required']],
      );
      const badId = await member.call('/me/units/12/occupants', {
        method: 'PUT',
        json: { count: 1 },
      });
      assert.deepEqual(
        (await problemOf(badId)).errors?.map((e) => e.field),
        ['unitId'],
      );
      const profile = await profileOf(member);
      assert.deepEqual(
        [
          profile.name,
          profile.phone,
          profile.locale,
          profile.pendingEmail,
          profile.units[0]?.occupants,
        ],
        [`Member ${member.email}`, null, 'en', null, null],
      );
    });

    it('FIN-4 a new e-mail changes once its link is confirmed: the new address gets the link, the old a notice; sign-in and sessions follow', async () => {
      const member = await addMember(server(), lab, { locale: 'pl', links: [['B1', 'owner']] });
      const other = await server().client('profile-lab').auth.signIn({
        email: member.email,
        password: labPassword,
      });
      const asked = await askChange(member, 'Nowy.Adres@Example.com', '198.51.100.2');
      assert.equal(asked.status, 202);
      const pending = (await asked.json()) as Profile;
      assert.deepEqual(
        [pending.email, pending.pendingEmail],
        [member.email, 'nowy.adres@example.com'],
      );
      const [confirmation] = await outboxOf(server(), 'nowy.adres@example.com');
      assert.match(confirmation?.subject ?? '', /^People Lab: potwierdź adres e-mail$/);
      assert.match(
        confirmation?.text ?? '',
        /\nhttps:\/\/portal\.example\/profile-lab\/#atrium-email-token=ec_[\w-]{43}\n/,
      );
      const [notice] = await outboxOf(server(), member.email);
      assert.match(notice?.subject ?? '', /^People Lab: prośba o zmianę adresu e-mail$/);
      assert.ok(notice?.text.includes('na nowy.adres@example.com'));
      assert.ok(notice?.text.includes('https://portal.example/profile-lab/\n'));
      assert.ok(
        !notice?.text.includes('atrium-email-token'),
        'no link to confirm to the old address',
      );
      // until confirmed, sign-in keeps the old address
      assert.equal(await signsIn(member.email), true);
      assert.equal(await signsIn('nowy.adres@example.com'), false);

      // confirmed with no sign-in, as on another device
      const token = confirmationTokenOf(confirmation?.text);
      await server().client('profile-lab').profile.confirmEmailChange({ token });
      const changed = await profileOf(member);
      assert.deepEqual([changed.email, changed.pendingEmail], ['nowy.adres@example.com', null]);
      assert.equal(await signsIn('nowy.adres@example.com'), true);
      assert.equal(await signsIn(member.email), false);
      const again = await confirm(token);
      assert.equal(again.status, 400);
      assert.equal((await problemOf(again)).code, 'invalid_confirmation_token');
      // every session of the person stays
      const otherSession = await server().fetch('/t/profile-lab/me/profile', {
        headers: { authorization: `Bearer ${other.accessToken}` },
      });
      assert.equal(otherSession.status, 200);
      const { rows } = await lab.sql((sql) =>
        sql.query<{ actor: string; before: string; after: string }>(
          `SELECT actor_id AS actor, before ->> 'email' AS before, after ->> 'email' AS after
             FROM audit_log WHERE entity_id = $1 AND action = 'changed'`,
          [member.id],
        ),
      );
      assert.deepEqual(
        rows.map((r) => ({ ...r })),
        [{ actor: member.id, before: member.email, after: 'nowy.adres@example.com' }],
      );
    });

    it('FIN-4 AUTH-2 a confirmed new e-mail ends the set-password links mailed to the old address', async () => {
      const member = await addMember(server(), lab, { locale: 'en', links: [['B1', 'owner']] });
      await server().client('profile-lab').auth.requestPasswordReset({ email: member.email });
      const [recovery] = await outboxOf(server(), member.email);
      const token = resetTokenOf(recovery?.text ?? '');
      const unused = async () =>
        (
          await lab.sql((sql) =>
            sql.query('SELECT 1 FROM password_resets WHERE person_id = $1 AND used_at IS NULL', [
              member.id,
            ]),
          )
        ).rowCount;
      assert.equal((await askChange(member, 'moved@example.com', '198.51.100.9')).status, 202);
      assert.equal(await unused(), 1, 'asking alone changes nothing');
      assert.equal((await confirm(await mailedToken('moved@example.com'))).status, 204);
      assert.equal(await unused(), 0);
      const reset = await server()
        .client('profile-lab')
        .auth.completePasswordReset({ token, password: 'Taken-Over-2026' })
        .then(
          () => assert.fail('the old link still set a password'),
          (error: unknown) => error,
        );
      assert.ok(reset instanceof AtriumError);
      assert.equal(reset.code, 'invalid_reset_token');
      assert.equal(await signsIn('moved@example.com'), true, 'the password stays');
    });

    it('FIN-4 a confirmation link works once, for 24 hours, until a newer request replaces it, and only in its own tenant', async () => {
      const member = await addMember(server(), lab, { links: [['B1', 'owner']] });
      const address = '198.51.100.3';
      assert.equal((await askChange(member, 'first@example.com', address)).status, 202);
      const first = await mailedToken('first@example.com');
      const second = await askChange(member, 'second@example.com', address);
      assert.equal(((await second.json()) as Profile).pendingEmail, 'second@example.com');
      const replaced = await confirm(first);
      assert.equal(replaced.status, 400);
      assert.equal((await problemOf(replaced)).code, 'invalid_confirmation_token');
      const secondToken = await mailedToken('second@example.com');
      // another tenant's path knows no such link, and spends nothing
      const elsewhere = await confirm(secondToken, 'lesna-5');
      assert.equal((await problemOf(elsewhere)).code, 'invalid_confirmation_token');
      const { rows } = await lab.sql((sql) =>
        sql.query<{ seconds: number }>(
          `SELECT extract(epoch FROM expires_at - created_at)::int AS seconds FROM email_changes
            WHERE person_id = $1 AND replaced_at IS NULL`,
          [member.id],
        ),
      );
      assert.deepEqual(
        rows.map((r) => Math.round(r.seconds / 60)),
        [24 * 60],
        'the link is good for 24 hours',
      );
      // 24 hours on, it is void
      await lab.sql((sql) =>
        sql.query(
          "UPDATE email_changes SET expires_at = now() - interval '1 second' WHERE person_id = $1",
          [member.id],
        ),
      );
      assert.equal(
        (await problemOf(await confirm(secondToken))).code,
        'invalid_confirmation_token',
      );
      assert.equal(
        (await profileOf(member)).pendingEmail,
        null,
        'an expired request is no longer pending',
      );
      // a deactivated person's link is void too
      assert.equal((await askChange(member, 'third@example.com', address)).status, 202);
      const third = await mailedToken('third@example.com');
      await lab.sql((sql) =>
        sql.query('UPDATE people SET active = false WHERE id = $1', [member.id]),
      );
      assert.equal((await problemOf(await confirm(third))).code, 'invalid_confirmation_token');
      await lab.sql((sql) =>
        sql.query('UPDATE people SET active = true WHERE id = $1', [member.id]),
      );
      assert.equal((await confirm(third)).status, 204);
      assert.equal((await profileOf(member)).email, 'third@example.com');
    });

    it('FIN-4 DIR-3 a manager setting one’s address ends one’s own change not yet confirmed', async () => {
      const member = await addMember(server(), lab, { links: [['B1', 'owner']] });
      assert.equal((await askChange(member, 'mine@example.com', '198.51.100.4')).status, 202);
      const mine = await mailedToken('mine@example.com');
      const manager = await lab.as('manager');
      const set = await manager(`/people/${member.id}`, {
        method: 'PATCH',
        json: { email: 'set-by-manager@example.com' },
      });
      assert.equal(set.status, 200);
      assert.equal((await problemOf(await confirm(mine))).code, 'invalid_confirmation_token');
      const profile = await profileOf(member);
      assert.deepEqual([profile.email, profile.pendingEmail], ['set-by-manager@example.com', null]);
    });

    it('FIN-4 an address another person has is refused when asked (email_taken) and when confirmed (email_taken on token); one’s own is no change', async () => {
      const member = await addMember(server(), lab, { links: [['B1', 'owner']] });
      const address = '198.51.100.4';
      for (const locale of locales) {
        const taken = await member.call('/me/email-change', {
          method: 'POST',
          json: { email: lab.emailOf('resident').toUpperCase() },
          headers: { 'accept-language': locale },
          address,
        });
        assert.equal(taken.status, 400);
        assert.deepEqual(
          (await problemOf(taken)).errors?.map((e) => [e.field, e.code, e.message]),
          [['email', 'email_taken', fieldMessage('email_taken', locale)]],
        );
      }
      const own = await askChange(member, member.email.toUpperCase(), address);
      assert.deepEqual(
        (await problemOf(own)).errors?.map((e) => [e.field, e.code]),
        [['email', 'invalid_value']],
      );
      assert.equal((await outboxOf(server(), member.email)).length, 0, 'nothing refused is mailed');

      const wanted = `wanted-${randomUUID().slice(0, 8)}@example.com`;
      assert.equal((await askChange(member, wanted, address)).status, 202);
      const token = await mailedToken(wanted);
      // meanwhile a manager gives the address to someone else
      const manager = await lab.as('manager');
      const given = await manager(`/people/${lab.personIds.board}`, {
        method: 'PATCH',
        json: { email: wanted },
      });
      assert.equal(given.status, 200);
      const late = await confirm(token);
      assert.equal(late.status, 400);
      assert.deepEqual(
        (await problemOf(late)).errors?.map((e) => [e.field, e.code]),
        [['token', 'email_taken']],
      );
      assert.equal((await profileOf(member)).email, member.email);
      await manager(`/people/${lab.personIds.board}`, {
        method: 'PATCH',
        json: { email: lab.emailOf('board') },
      });
    });

    it('FIN-4 asking for e-mail changes is limited per person and address (429 with retryAfter), refusals counted', async () => {
      const member = await addMember(server(), lab, { links: [['B1', 'owner']] });
      const address = '198.51.100.5';
      const answers = [];
      for (let i = 0; i < 5; i++) {
        const email =
          i % 2 ? lab.emailOf('resident') : `try-${i}-${randomUUID().slice(0, 6)}@example.com`;
        answers.push((await askChange(member, email, address)).status);
      }
      assert.deepEqual(answers, [202, 400, 202, 400, 202]);
      const limited = await askChange(member, 'one-more@example.com', address);
      assert.equal(limited.status, 429);
      const problem = await problemOf(limited);
      assert.equal(problem.code, 'too_many_attempts');
      assert.ok((problem.retryAfter ?? 0) > 0);
      assert.equal(limited.headers.get('retry-after'), String(problem.retryAfter));
      assert.equal((await outboxOf(server(), 'one-more@example.com')).length, 0);
      // another person at the same address is not held back
      const neighbour = await addMember(server(), lab, { links: [['B2', 'resident']] });
      assert.equal((await askChange(neighbour, 'neighbour@example.com', address)).status, 202);
    });

    it('FIN-4 owners and residents declare occupants of their unit; the latest counts for everyone linked, every declaration is kept', async () => {
      const owner = await addMember(server(), lab, { links: [['B10', 'owner']] });
      const resident = await addMember(server(), lab, { links: [['B10', 'resident']] });
      const declare = (who: Member, unit: string, count: number) =>
        who.call(`/me/units/${unit}/occupants`, { method: 'PUT', json: { count } });
      const first = await json<ProfileUnit>(await declare(owner, lab.unitIds.B10, 3), 200);
      assert.deepEqual(
        { ...first, occupantsDeclaredAt: null },
        {
          unitId: lab.unitIds.B10,
          unitNumber: 'B10',
          propertyName: 'Birch House',
          roles: ['owner'],
          occupants: 3,
          occupantsDeclaredAt: null,
        },
      );
      const declaredAt = Date.parse(first.occupantsDeclaredAt ?? '');
      assert.ok(Math.abs(Date.now() - declaredAt) < 60_000);
      assert.equal((await profileOf(resident)).units[0]?.occupants, 3, 'the household sees it');
      const second = await json<ProfileUnit>(await declare(resident, lab.unitIds.B10, 0), 200);
      assert.deepEqual([second.occupants, second.roles], [0, ['resident']]);
      assert.equal((await profileOf(owner)).units[0]?.occupants, 0, 'the latest counts');
      const history = await lab.sql((sql) =>
        sql.query<{ occupants: number; by: string }>(
          `SELECT occupants, declared_by AS by FROM occupant_declarations
            WHERE unit_id = $1 ORDER BY declared_at`,
          [lab.unitIds.B10],
        ),
      );
      assert.deepEqual(
        history.rows.map((r) => [r.occupants, r.by]),
        [
          [3, owner.id],
          [0, resident.id],
        ],
      );
      // not one's unit: on its board only, someone else's, another tenant's, none at all
      const board = await addMember(server(), lab, { links: [['B10', 'board_member']] });
      const lesnaUnit = await lab.sql(async (sql) => {
        const { rows } = await sql.query<{ id: string }>(
          `SELECT u.id FROM units u JOIN tenants t ON t.id = u.tenant_id
            WHERE t.slug = 'lesna-5' AND u.number = '12'`,
        );
        return rows[0]?.id ?? '';
      });
      const refusals: [Member, string][] = [
        [board, lab.unitIds.B10],
        [owner, lab.unitIds.B1],
        [owner, lesnaUnit],
        [owner, randomUUID()],
      ];
      for (const [who, unit] of refusals) {
        const response = await declare(who, unit, 5);
        assert.equal(response.status, 404, unit);
        assert.equal((await problemOf(response)).code, 'not_found');
      }
      const staff = await lab.as('manager');
      const byStaff = await staff(`/me/units/${lab.unitIds.B10}/occupants`, {
        method: 'PUT',
        json: { count: 5 },
      });
      assert.equal(byStaff.status, 404);
      const count = await lab.sql((sql) =>
        sql.query('SELECT 1 FROM occupant_declarations WHERE occupants = 5'),
      );
      assert.equal(count.rowCount, 0, 'nothing refused was kept');
    });

    it('NOTE-1 one sets one’s own kinds that reach one; a kind that does not is 404', async () => {
      const owner = await addMember(server(), lab, { links: [['B1', 'owner']] });
      const set = (who: Member, kind: string, setting: string) =>
        who.call(`/me/notification-settings/${kind}`, { method: 'PUT', json: { setting } });
      assert.deepEqual(await json(await set(owner, 'ticket_updates', 'dont_send'), 200), {
        kind: 'ticket_updates',
        mine: 'dont_send',
        company: 'unset',
        sends: false,
      });
      assert.deepEqual((await profileOf(owner)).notifications, [
        { kind: 'ticket_updates', mine: 'dont_send', company: 'unset', sends: false },
      ]);
      const notMine = await set(owner, 'registration_requests', 'send');
      assert.equal(notMine.status, 404);
      const staff = await addMember(server(), lab, { staff: 'manager' });
      assert.deepEqual(await json(await set(staff, 'registration_requests', 'dont_send'), 200), {
        kind: 'registration_requests',
        mine: 'dont_send',
        company: 'unset',
        sends: false,
      });
      assert.equal((await set(staff, 'ticket_updates', 'send')).status, 404);
      assert.deepEqual(await json(await set(owner, 'ticket_updates', 'unset'), 200), {
        kind: 'ticket_updates',
        mine: 'unset',
        company: 'unset',
        sends: true,
      });
      for (const locale of locales) {
        const bad = await owner.call('/me/notification-settings/ticket_updates', {
          method: 'PUT',
          json: { setting: 'never' },
          headers: { 'accept-language': locale },
        });
        assert.deepEqual(
          (await problemOf(bad)).errors?.map((e) => [e.field, e.message]),
          [['setting', fieldMessage('invalid_value', locale)]],
        );
      }
      const kind = await set(owner, 'newsletters', 'send');
      assert.deepEqual(
        (await problemOf(kind)).errors?.map((e) => e.field),
        ['kind'],
      );
    });

    it('FIN-4 NOTE-1 every route of one’s own: anonymous and another tenant’s token 401', async () => {
      const foreign = await foreignToken(server());
      const routes: [string, string, unknown][] = [
        ['GET', '/me/profile', undefined],
        ['PATCH', '/me/profile', { phone: '+48601234567' }],
        ['POST', '/me/email-change', { email: 'x@example.com' }],
        ['PUT', `/me/units/${lab.unitIds.B1}/occupants`, { count: 2 }],
        ['PUT', '/me/notification-settings/ticket_updates', { setting: 'dont_send' }],
      ];
      for (const [method, path, body] of routes) {
        for (const authorization of [undefined, `Bearer ${foreign}`, 'Bearer forged']) {
          const response = await lab.anonymous(path, {
            method,
            ...(body !== undefined && { json: body }),
            headers: authorization ? { authorization } : {},
          });
          assert.equal(response.status, 401, `${method} ${path} ${authorization ?? 'anonymous'}`);
        }
      }
      const owner = await asLab('owner');
      assert.deepEqual(
        [owner.phone, owner.pendingEmail, owner.units[0]?.occupants],
        [null, null, null],
      );
      assert.equal((await outboxOf(server(), 'x@example.com')).length, 0);
    });
  });
}

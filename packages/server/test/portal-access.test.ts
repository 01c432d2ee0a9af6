import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AtriumError, type DirectoryPerson, type Locale } from '@atrium/sdk';
import { details } from '../src/errors/messages.js';
import { engines } from './databases.js';
import { problemOf, resetTokenOf, useServer, waitForMail, type Call } from './helpers.js';
import { useSmtpSink } from './smtp-sink.js';
import {
  createPeopleLab,
  json,
  labPassword,
  otherTenantManager,
  residents,
  type PeopleLab,
  type Who,
} from './people-fixture.js';

const newPassword = 'Invited-2026';

for (const engine of engines) {
  describe(`portal access on ${engine.name}`, () => {
    const server = useServer(engine, { statsScheduler: false });
    let lab: PeopleLab;
    before(async () => {
      lab = await createPeopleLab(server(), 'access-lab');
    });

    const call = async (who: Who, path: string, init: RequestInit & { json?: unknown } = {}) =>
      (await lab.as(who))(path, init);
    const grant = (personId: string, who: Who = 'manager', locale?: Locale) =>
      call(who, `/people/${personId}/portal-access`, {
        method: 'POST',
        headers: locale ? { 'accept-language': locale } : {},
      });
    const revoke = (personId: string, who: Who = 'manager') =>
      call(who, `/people/${personId}/portal-access`, { method: 'DELETE' });
    const personOf = async (personId: string) =>
      json<DirectoryPerson>(await call('manager', `/people/${personId}`), 200);
    /** A new person with an e-mail, linked to a unit: one who may be given access. */
    async function eligible(name: string, locale: Locale) {
      const email = `${name.toLowerCase()}@access-lab.example`;
      const person = await lab.create({ name, email, locale });
      await lab.link(person.id, 'B2', 'resident');
      return { ...person, email };
    }
    const mailsTo = (email: string) =>
      lab.sql(async (q) => {
        const { rows } = await q.query('SELECT 1 FROM mail_outbox WHERE to_address = $1', [email]);
        return rows.length;
      });
    const complete = (token: string) =>
      server().client(lab.slug).auth.completePasswordReset({ token, password: newPassword });
    const refusal = (promise: Promise<unknown>) =>
      promise.then(
        () => assert.fail('expected a refusal'),
        (error: unknown) => {
          assert.ok(error instanceof AtriumError);
          return error;
        },
      );

    it('AUTH-1 the invitation reaches the person in their language; its link sets a password that signs in', async () => {
      for (const [name, locale, subject] of [
        ['Raisa', 'ru', 'People Lab: доступ к личному кабинету'],
        ['Paulina', 'pl', 'People Lab: dostęp do portalu'],
        ['Edward', 'en', 'People Lab: your portal access'],
      ] as const) {
        const person = await eligible(name, locale);
        // the manager speaks English: the mail still goes in the person's language
        const granted = await json<DirectoryPerson>(await grant(person.id, 'manager', 'en'), 202);
        assert.equal(granted.portalAccess, 'invited');
        const mail = await waitForMail(server(), person.email);
        assert.equal(mail.subject, subject);
        assert.ok(mail.text.includes(name), 'greets the person by name');
        assert.ok(
          mail.text.includes(`${server().url}/access-lab/#atrium-reset-token=`),
          'a link to the tenant’s portal',
        );
        const token = resetTokenOf(mail.text);
        await complete(token);
        const client = server().client(lab.slug);
        const session = await client.auth.signIn({ email: person.email, password: newPassword });
        assert.ok(session.accessToken);
        assert.equal((await client.people.me()).id, person.id);
        assert.equal((await personOf(person.id)).portalAccess, 'active');
        const again = await refusal(complete(token));
        assert.equal(again.code, 'invalid_reset_token', 'the link works once');
      }
    });

    it('AUTH-1 granting again sends a fresh link; the earlier one stops working', async () => {
      const person = await eligible('Greta', 'pl');
      await json(await grant(person.id), 202);
      const first = resetTokenOf((await waitForMail(server(), person.email)).text);
      await json(await grant(person.id, 'director'), 202);
      const second = resetTokenOf((await waitForMail(server(), person.email, 1)).text);
      assert.notEqual(first, second);
      assert.equal((await refusal(complete(first))).code, 'invalid_reset_token');
      await complete(second);
      assert.equal((await personOf(person.id)).portalAccess, 'active');
    });

    it('AUTH-1 a corrected e-mail ends the invitation sent to the old one and invites the new one', async () => {
      const person = await eligible('Carla', 'en');
      await json(await grant(person.id), 202);
      const wrong = resetTokenOf((await waitForMail(server(), person.email)).text);
      // a change that leaves the address as it is (any case, a new name) sends nothing
      await json(
        await call('manager', `/people/${person.id}`, {
          method: 'PATCH',
          json: { name: 'Carla Cruz', email: person.email.toUpperCase() },
        }),
        200,
      );
      const corrected = 'carla.cruz@access-lab.example';
      const changed = await json<DirectoryPerson>(
        await call('manager', `/people/${person.id}`, {
          method: 'PATCH',
          json: { email: corrected, locale: 'pl' },
        }),
        200,
      );
      assert.deepEqual([changed.email, changed.portalAccess], [corrected, 'invited']);
      assert.equal(await mailsTo(person.email), 1, 'nothing more to the old address');
      assert.equal((await refusal(complete(wrong))).code, 'invalid_reset_token');
      // the fresh invitation, in the language the same change set, greets the new name
      const invitation = await waitForMail(server(), corrected);
      assert.equal(invitation.subject, 'People Lab: dostęp do portalu');
      assert.ok(invitation.text.includes('Carla Cruz'));
      await complete(resetTokenOf(invitation.text));
      const client = server().client(lab.slug);
      await client.auth.signIn({ email: corrected, password: newPassword });
      assert.equal((await client.people.me()).id, person.id);
      const grants = await lab.sql(async (q) => {
        const { rows } = await q.query<{ actor: string }>(
          `SELECT actor_id AS actor FROM audit_log
            WHERE entity_id = $1 AND action = 'access_granted' ORDER BY at`,
          [person.id],
        );
        return rows.map((r) => r.actor);
      });
      assert.deepEqual(grants, [lab.personIds.manager, lab.personIds.manager]);
    });

    it('AUTH-1 a new e-mail ends a recovery link sent to the old one; a person with a password is not invited', async () => {
      const person = await eligible('Bruno', 'en');
      await lab.givePassword(person.id);
      await server().client(lab.slug).auth.requestPasswordReset({ email: person.email });
      const recovery = resetTokenOf((await waitForMail(server(), person.email)).text);
      const moved = 'bruno.new@access-lab.example';
      const changed = await json<DirectoryPerson>(
        await call('director', `/people/${person.id}`, { method: 'PATCH', json: { email: moved } }),
        200,
      );
      assert.equal(changed.portalAccess, 'active');
      assert.equal((await refusal(complete(recovery))).code, 'invalid_reset_token');
      assert.equal(await mailsTo(moved), 0, 'no invitation: the password stays');
      const session = await server()
        .client(lab.slug)
        .auth.signIn({ email: moved, password: labPassword });
      assert.ok(session.accessToken);
    });

    it('AUTH-1 an invitation expires after 7 days', async () => {
      const person = await eligible('Olaf', 'en');
      await json(await grant(person.id), 202);
      const expiry = await lab.sql(async (q) => {
        const { rows } = await q.query<{ days: number }>(
          `SELECT round(extract(epoch FROM expires_at - created_at) / 86400)::int AS days
             FROM password_resets WHERE person_id = $1`,
          [person.id],
        );
        return rows.map((r) => r.days);
      });
      assert.deepEqual(expiry, [7]);
      await lab.sql((q) =>
        q.query(
          "UPDATE password_resets SET expires_at = now() - interval '1 second' WHERE person_id = $1",
          [person.id],
        ),
      );
      assert.equal(
        (await personOf(person.id)).portalAccess,
        'none',
        'an expired link is no access',
      );
      const token = resetTokenOf((await waitForMail(server(), person.email)).text);
      assert.equal((await refusal(complete(token))).code, 'invalid_reset_token');
    });

    it('AUTH-1 revoking stops the password, every link and every session; the person stays', async () => {
      const person = await eligible('Rita', 'en');
      await lab.givePassword(person.id);
      const credentials = { email: person.email, password: labPassword };
      const session = await server().client(lab.slug).auth.signIn(credentials);
      await json(await grant(person.id), 202);
      const token = resetTokenOf((await waitForMail(server(), person.email)).text);

      const revoked = await json<DirectoryPerson>(await revoke(person.id), 200);
      assert.deepEqual([revoked.portalAccess, revoked.active], ['none', true]);
      assert.equal(revoked.units.length, 1);
      const signIn = await refusal(server().client(lab.slug).auth.signIn(credentials));
      assert.equal(signIn.code, 'invalid_credentials');
      const refresh = await server().fetch(`/t/${lab.slug}/auth/refresh`, {
        method: 'POST',
        json: { refreshToken: session.refreshToken },
      });
      assert.equal(refresh.status, 401);
      assert.equal((await refusal(complete(token))).code, 'invalid_reset_token');
      assert.equal(
        (await json<DirectoryPerson>(await revoke(person.id), 200)).portalAccess,
        'none',
      );
    });

    it('AUTH-1 no access for someone deactivated, without an e-mail or without a unit: 409 saying why (ru, pl, en)', async () => {
      const inactive = await eligible('Ingo', 'en');
      await json(
        await call('manager', `/people/${inactive.id}`, {
          method: 'PATCH',
          json: { active: false },
        }),
        200,
      );
      const mailless = await lab.create({ name: 'Mila' });
      await lab.link(mailless.id, 'B1', 'resident');
      const unlinked = await lab.create({ name: 'Uwe', email: 'uwe@access-lab.example' });
      for (const [person, reason] of [
        [inactive, 'portalAccessInactive'],
        [mailless, 'portalAccessNoEmail'],
        [unlinked, 'portalAccessNoUnit'],
      ] as const) {
        for (const locale of ['ru', 'pl', 'en'] as const) {
          const response = await grant(person.id, 'manager', locale);
          assert.equal(response.status, 409);
          const problem = await problemOf(response);
          assert.equal(problem.code, 'portal_access_unavailable');
          assert.equal(problem.detail, details[reason][locale]);
        }
        assert.equal((await personOf(person.id)).portalAccess, 'none');
      }
      assert.equal(await mailsTo('uwe@access-lab.example'), 0, 'nothing was sent');
    });

    it('AUTH-1 password recovery sends no link to someone without portal access (the same 202)', async () => {
      const person = await eligible('Nadia', 'pl');
      const answer = await server().fetch(`/t/${lab.slug}/auth/password-reset`, {
        method: 'POST',
        json: { email: person.email },
      });
      assert.equal(answer.status, 202);
      // and once granted and set, recovery works as for anyone
      await json(await grant(person.id), 202);
      await complete(resetTokenOf((await waitForMail(server(), person.email)).text));
      await server().client(lab.slug).auth.requestPasswordReset({ email: person.email });
      const recovery = await waitForMail(server(), person.email, 1);
      assert.equal(recovery.subject, 'People Lab: reset hasła');
      assert.equal(
        await mailsTo(person.email),
        2,
        'the invitation and the recovery, nothing before',
      );
    });

    it('AUTH-4 an invitation used after the person was deactivated grants nothing', async () => {
      const person = await eligible('Dmitri', 'ru');
      await json(await grant(person.id), 202);
      const token = resetTokenOf((await waitForMail(server(), person.email)).text);
      await json(
        await call('director', `/people/${person.id}`, {
          method: 'PATCH',
          json: { active: false },
        }),
        200,
      );
      assert.equal((await refusal(complete(token))).code, 'invalid_reset_token');
      const stored = await lab.sql(async (q) => {
        const { rows } = await q.query<{ hash: boolean }>(
          'SELECT password_hash IS NOT NULL AS hash FROM people WHERE id = $1',
          [person.id],
        );
        return rows[0]?.hash;
      });
      assert.equal(stored, false, 'no password was set');
    });

    it('AUTH-1 a setting of a password is no directory change: the log holds only the grant', async () => {
      const person = await eligible('Lena', 'en');
      await json(await grant(person.id), 202);
      await complete(resetTokenOf((await waitForMail(server(), person.email)).text));
      const actions = await lab.sql(async (q) => {
        const { rows } = await q.query<{ action: string }>(
          `SELECT action FROM audit_log WHERE entity_type = 'person' AND entity_id = $1
            ORDER BY at`,
          [person.id],
        );
        return rows.map((r) => r.action);
      });
      assert.deepEqual(actions, ['created', 'access_granted']);
    });

    it('ORG-1 who may grant and revoke: managers and directors of the tenant; a director for staff', async () => {
      const person = await eligible('Wanda', 'pl');
      const katarzyna = await otherTenantManager(server());
      const callers: [string, Call, number][] = [
        ['the manager of another tenant', katarzyna, 404],
        ['anonymous', lab.anonymous, 401],
        ['accountant', await lab.as('accountant'), 403],
      ];
      for (const who of residents) callers.push([who, await lab.as(who), 403]);
      for (const [name, caller, status] of callers) {
        for (const method of ['POST', 'DELETE']) {
          const response = await caller(`/people/${person.id}/portal-access`, { method });
          assert.equal(response.status, status, `${name}: ${method}`);
        }
      }
      assert.equal((await personOf(person.id)).portalAccess, 'none');
      assert.equal(await mailsTo(person.email), 0);

      assert.equal((await revoke(lab.personIds.director)).status, 403, 'a manager, a director');
      assert.equal((await revoke(lab.personIds.accountant)).status, 403);
      const accountant = await json<DirectoryPerson>(
        await revoke(lab.personIds.accountant, 'director'),
        200,
      );
      assert.equal(accountant.portalAccess, 'none');
    });
  });
}

describe('the invitation over SMTP', () => {
  const sink = useSmtpSink();
  const [engine] = engines;
  assert.ok(engine);
  const server = useServer(engine, {
    statsScheduler: false,
    get smtpUrl() {
      return sink.url();
    },
  });

  it('AUTH-1 the invitation leaves through SMTP from the outbox, with its link', async () => {
    const lab = await createPeopleLab(server(), 'smtp-lab');
    const person = await lab.create({ name: 'Sven', email: 'sven@smtp-lab.example', locale: 'en' });
    await lab.link(person.id, 'A1', 'owner');
    const manager = await lab.as('manager');
    assert.equal(
      (await manager(`/people/${person.id}/portal-access`, { method: 'POST' })).status,
      202,
    );
    for (let i = 0; i < 100 && sink.received.length === 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const [message = ''] = sink.received;
    assert.match(message, /To: sven@smtp-lab\.example/);
    assert.match(message, /Subject: People Lab: your portal access/);
    const token = resetTokenOf(message.replace(/=\r?\n/g, '').replace(/=3D/g, '='));
    await server().client(lab.slug).auth.completePasswordReset({ token, password: newPassword });
    const session = await server()
      .client(lab.slug)
      .auth.signIn({ email: 'sven@smtp-lab.example', password: newPassword });
    assert.ok(session.accessToken);
  });
});

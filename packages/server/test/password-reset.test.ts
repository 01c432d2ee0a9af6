import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AtriumError } from '@atrium/sdk';
import { engines } from './databases.js';
import { problemOf, resetTokenOf, useServer, waitForMail } from './helpers.js';

const irina = { email: 'irina@nevsky-apart.example', password: 'Nevsky-2026' };

for (const engine of engines) {
  describe(`password reset on ${engine.name}`, () => {
    const server = useServer(engine);
    const complete = (tenant: string, body: unknown, locale?: string) =>
      server().fetch(`/t/${tenant}/auth/password-reset/complete`, {
        method: 'POST',
        json: body,
        headers: locale ? { 'accept-language': locale } : {},
      });

    it('AUTH-2 resets by e-mail link end to end: single use, signs out everywhere', async () => {
      const before = server().client('demo-hotel', { address: '192.0.2.10' });
      const oldSession = await before.auth.signIn(irina);

      await server().client('demo-hotel').auth.requestPasswordReset({ email: irina.email });
      const mail = await waitForMail(server(), irina.email);
      assert.equal(mail.subject, 'Невский Апарт: сброс пароля', 'in the person’s language (ru)');
      assert.ok(mail.text.includes(`${server().url}/#atrium-reset-token=`), mail.text);
      const token = resetTokenOf(mail.text);

      const client = server().client('demo-hotel');
      await client.auth.completePasswordReset({ token, password: 'Fontanka-77' });

      const reused = await client.auth
        .completePasswordReset({ token, password: 'Fontanka-78' })
        .catch((e: unknown) => e);
      assert.ok(reused instanceof AtriumError);
      assert.equal(reused.code, 'invalid_reset_token');

      const oldRefresh = await server().fetch('/t/demo-hotel/auth/refresh', {
        method: 'POST',
        json: { refreshToken: oldSession.refreshToken },
      });
      assert.equal(oldRefresh.status, 401, 'the earlier session ended');
      const oldPassword = await client.auth.signIn(irina).catch((e: unknown) => e);
      assert.equal((oldPassword as AtriumError).code, 'invalid_credentials');
      assert.ok((await client.auth.signIn({ ...irina, password: 'Fontanka-77' })).accessToken);
    });

    it('AUTH-2 builds the link from the public URL, never from a forged Host', async () => {
      const email = 'anna@lesna5.example';
      await server().fetch('/t/lesna-5/auth/password-reset', {
        method: 'POST',
        json: { email },
        headers: { 'x-forwarded-host': 'attacker.example' },
      });
      const mail = await waitForMail(server(), email);
      assert.ok(mail.text.includes(`${server().url}/lesna-5/#atrium-reset-token=`), mail.text);
      assert.ok(!mail.text.includes('attacker.example'));
    });

    it('AUTH-2 answers 202 for an unknown e-mail and sends nothing', async () => {
      const response = await server().fetch('/t/demo-hotel/auth/password-reset', {
        method: 'POST',
        json: { email: 'ghost@nevsky-apart.example' },
      });
      assert.equal(response.status, 202);
      await new Promise((resolve) => setTimeout(resolve, 200));
      const outbox = await fetch(`${server().url}/dev/outbox.json?to=ghost@nevsky-apart.example`);
      assert.deepEqual(await outbox.json(), []);
    });

    it('AUTH-2 an expired link is refused', async () => {
      const email = 'petr@nevsky-apart.example';
      await server().client('demo-hotel').auth.requestPasswordReset({ email, locale: 'en' });
      const mail = await waitForMail(server(), email);
      assert.equal(mail.subject, 'Невский Апарт: password reset', 'the locale asked for');
      // 31 minutes later
      await server().app.db.withSystem((sql) =>
        sql.query("UPDATE password_resets SET expires_at = now() - interval '1 minute'"),
      );
      const response = await complete('demo-hotel', {
        token: resetTokenOf(mail.text),
        password: 'Manager-2027',
      });
      assert.equal(response.status, 400);
      assert.equal((await problemOf(response)).code, 'invalid_reset_token');
    });

    it('ORG-3 refuses a password against the tenant policy, one error per unmet rule, in ru/pl/en', async () => {
      const email = 'jan@lesna5.example';
      await server().client('lesna-5').auth.requestPasswordReset({ email });
      const mail = await waitForMail(server(), email);
      assert.equal(mail.subject, 'Wspólnota Mieszkaniowa Leśna 5: reset hasła');
      const token = resetTokenOf(mail.text);

      const expected = {
        ru: [
          'Не менее 10 символов.',
          'Хотя бы одна цифра.',
          'Хотя бы один специальный символ.',
          'Хотя бы одна заглавная буква.',
        ],
        pl: [
          'Co najmniej 10 znaków.',
          'Co najmniej jedna cyfra.',
          'Co najmniej jeden znak specjalny.',
          'Co najmniej jedna wielka litera.',
        ],
        en: [
          'At least 10 characters.',
          'At least one digit.',
          'At least one symbol.',
          'At least one upper-case letter.',
        ],
      };
      for (const [locale, messages] of Object.entries(expected)) {
        const response = await complete('lesna-5', { token, password: 'krotkie' }, locale);
        assert.equal(response.status, 400);
        const problem = await problemOf(response);
        assert.equal(problem.code, 'password_policy');
        assert.deepEqual(
          problem.errors?.map((e) => [e.field, e.code, e.message]),
          [
            ['password', 'password_too_short', messages[0]],
            ['password', 'password_needs_digit', messages[1]],
            ['password', 'password_needs_symbol', messages[2]],
            ['password', 'password_needs_upper', messages[3]],
          ],
        );
        assert.deepEqual(problem.errors?.[0]?.params, { limit: 10 });
      }
      // the refusals did not spend the link
      const accepted = await complete('lesna-5', { token, password: 'Zielony-Las-5!' });
      assert.equal(accepted.status, 204);
    });

    it('ORG-3 a password meeting a weaker policy elsewhere is refused here', async () => {
      const email = 'katarzyna@lesna5.example';
      await server().client('lesna-5').auth.requestPasswordReset({ email, locale: 'ru' });
      const mail = await waitForMail(server(), email);
      assert.match(mail.text, /^Здравствуйте, Katarzyna Wiśniewska!/);
      // 8 characters with a digit satisfy demo-hotel, not Leśna 5
      const response = await complete('lesna-5', {
        token: resetTokenOf(mail.text),
        password: 'haslo123',
      });
      const problem = await problemOf(response);
      assert.deepEqual(
        problem.errors?.map((e) => e.code),
        ['password_too_short', 'password_needs_symbol', 'password_needs_upper'],
      );
    });

    describe('Idempotency-Key', () => {
      const email = 'anna@lesna5.example';
      const mailsTo = async () =>
        Number(
          (
            await server().app.db.withSystem((sql) =>
              sql.query<{ n: string }>(
                'SELECT count(*) AS n FROM mail_outbox WHERE to_address = $1',
                [email],
              ),
            )
          ).rows[0]?.n,
        );
      const requestReset = (key: string, body: object) =>
        server().fetch('/t/lesna-5/auth/password-reset', {
          method: 'POST',
          json: body,
          headers: { 'idempotency-key': key },
          address: '192.0.2.80',
        });

      it('AUTH-2 a retry with the same key sends one mail; another body with it is 422', async () => {
        const before = await mailsTo();
        const first = await requestReset('reset-key-0001', { email });
        const retry = await requestReset('reset-key-0001', { email });
        assert.deepEqual([first.status, retry.status], [202, 202]);
        assert.equal(retry.headers.get('idempotent-replayed'), 'true');
        assert.equal(await mailsTo(), before + 1, 'the work was done once');

        const reused = await requestReset('reset-key-0001', { email, locale: 'en' });
        assert.equal(reused.status, 422);
        assert.equal((await problemOf(reused)).code, 'idempotency_key_reused');
        assert.equal(await mailsTo(), before + 1);
      });

      it('AUTH-2 duplicates arriving together still do the work once', async () => {
        const before = await mailsTo();
        const answers = await Promise.all(
          Array.from({ length: 3 }, () => requestReset('reset-key-0002', { email })),
        );
        assert.deepEqual(
          answers.map((a) => a.status),
          [202, 202, 202],
        );
        assert.equal(await mailsTo(), before + 1);
      });

      it('a replayed revocation answers like the first, not 404; a malformed key is named', async () => {
        const anna = { email, password: 'Lesna5-Haslo!' };
        const device = server().client('lesna-5', { address: '192.0.2.81' });
        const other = await server().client('lesna-5', { address: '192.0.2.82' }).auth.signIn(anna);
        const session = await device.auth.signIn(anna);
        const [, target] = (await device.auth.listSessions()).items;
        assert.ok(target && other.accessToken);
        const revoke = (key?: string) =>
          server().fetch(`/t/lesna-5/auth/sessions/${target.id}`, {
            method: 'DELETE',
            headers: {
              authorization: `Bearer ${session.accessToken}`,
              ...(key && { 'idempotency-key': key }),
            },
          });
        assert.equal((await revoke('revoke-key-01')).status, 204);
        assert.equal((await revoke('revoke-key-01')).status, 204);
        const katarzyna = await server()
          .client('lesna-5', { address: '192.0.2.83' })
          .auth.signIn({ email: 'katarzyna@lesna5.example', password: 'Zarzad-2026!' });
        const foreign = await server().fetch(`/t/lesna-5/auth/sessions/${target.id}`, {
          method: 'DELETE',
          headers: {
            authorization: `Bearer ${katarzyna.accessToken}`,
            'idempotency-key': 'revoke-key-01',
          },
        });
        assert.equal(foreign.status, 422, 'another person’s key never replays their answer');
        assert.equal((await revoke()).status, 404, 'without the key the work runs again');
        const malformed = await revoke('short');
        assert.equal(malformed.status, 400);
        assert.deepEqual(
          (await problemOf(malformed)).errors?.map((e) => e.code),
          ['too_short'],
        );
      });
    });
  });
}

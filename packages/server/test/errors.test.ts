import { randomUUID } from 'node:crypto';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import Fastify from 'fastify';
import { errorHandling } from '../src/errors/handler.js';
import { engines } from './databases.js';
import { problemOf, useServer } from './helpers.js';

const titles = {
  ru: {
    invalid: 'Некорректные данные',
    media: 'Неподдерживаемый тип содержимого',
    large: 'Слишком большой запрос',
  },
  pl: {
    invalid: 'Nieprawidłowe dane',
    media: 'Nieobsługiwany typ treści',
    large: 'Zbyt duże żądanie',
  },
  en: { invalid: 'Invalid input', media: 'Unsupported media type', large: 'Request too large' },
};
const unknownField = { ru: 'Неизвестное поле.', pl: 'Nieznane pole.', en: 'Unknown field.' };

for (const engine of engines) {
  describe(`problem+json for bad input on ${engine.name}`, () => {
    const server = useServer(engine);
    const signIn = (body: string, headers: Record<string, string>) =>
      server().fetch('/t/demo-hotel/auth/sign-in', { method: 'POST', body, headers });

    for (const [locale, title] of Object.entries(titles)) {
      const language = { 'accept-language': `${locale},en;q=0.5` };

      it(`malformed JSON is 400 validation_failed (${locale})`, async () => {
        const response = await signIn('{"email": ', {
          ...language,
          'content-type': 'application/json',
        });
        assert.equal(response.status, 400);
        const problem = await problemOf(response);
        assert.equal(problem.code, 'validation_failed');
        assert.equal(problem.title, title.invalid);
      });

      it(`an unknown field and a bad e-mail are named, each with its code (${locale})`, async () => {
        const response = await signIn(
          JSON.stringify({ email: 'not-an-email', password: 'x', remember: true }),
          { ...language, 'content-type': 'application/json' },
        );
        assert.equal(response.status, 400);
        const problem = await problemOf(response);
        assert.equal(problem.title, title.invalid);
        assert.deepEqual(problem.errors?.map((e) => [e.field, e.code]).sort(), [
          ['email', 'invalid_format'],
          ['remember', 'unknown_field'],
        ]);
        assert.equal(
          problem.errors?.find((e) => e.field === 'remember')?.message,
          unknownField[locale as 'en'],
        );
      });

      it(`a body that is not JSON is 415 unsupported_media_type (${locale})`, async () => {
        const response = await server().fetch('/t/demo-hotel/auth/sign-in', {
          method: 'POST',
          body: 'email=a@b.c&password=x',
          headers: { ...language, 'content-type': 'application/x-www-form-urlencoded' },
        });
        assert.equal(response.status, 415);
        const problem = await problemOf(response);
        assert.deepEqual([problem.code, problem.title], ['unsupported_media_type', title.media]);
      });

      it(`a text/plain body of a JSON route is 415 unsupported_media_type (${locale})`, async () => {
        const response = await signIn('irina@nevsky-apart.example', {
          ...language,
          'content-type': 'text/plain',
        });
        assert.equal(response.status, 415);
        const problem = await problemOf(response);
        assert.deepEqual([problem.code, problem.title], ['unsupported_media_type', title.media]);
      });

      it(`a body over the limit is 413 payload_too_large (${locale})`, async () => {
        const response = await server().fetch('/t/demo-hotel/auth/sign-in', {
          method: 'POST',
          body: JSON.stringify({ email: 'a@b.example', password: 'x'.repeat(200_000) }),
          headers: { ...language, 'content-type': 'application/json' },
        });
        assert.equal(response.status, 413);
        const problem = await problemOf(response);
        assert.deepEqual([problem.code, problem.title], ['payload_too_large', title.large]);
      });
    }

    it('missing fields are required; wrong types are invalid_type', async () => {
      const response = await signIn(JSON.stringify({ email: 42 }), {
        'content-type': 'application/json',
      });
      const problem = await problemOf(response);
      assert.deepEqual(problem.errors?.map((e) => [e.field, e.code]).sort(), [
        ['email', 'invalid_type'],
        ['password', 'required'],
      ]);
    });

    it('without Accept-Language the tenant’s own language answers', async () => {
      const response = await server().fetch('/t/lesna-5/auth/sign-in', {
        method: 'POST',
        json: { email: 'anna@lesna5.example', password: 'wrong' },
      });
      assert.equal((await problemOf(response)).title, 'Nieprawidłowy e-mail lub hasło');
    });

    it('an unknown route is a 404 not_found problem, in English outside a tenant', async () => {
      const response = await fetch(`${server().url}/no/such/thing`);
      assert.equal(response.status, 404);
      const problem = await problemOf(response);
      assert.deepEqual([problem.code, problem.title], ['not_found', 'Not found']);
    });

    it('an invalid session id in the path names the field', async () => {
      const client = server().client('demo-hotel');
      const session = await client.auth.signIn({
        email: 'irina@nevsky-apart.example',
        password: 'Nevsky-2026',
      });
      const response = await server().fetch('/t/demo-hotel/auth/sessions/not-a-uuid', {
        method: 'DELETE',
        headers: { authorization: `Bearer ${session.accessToken}` },
      });
      assert.equal(response.status, 400);
      assert.deepEqual(
        (await problemOf(response)).errors?.map((e) => [e.field, e.code]),
        [['sessionId', 'invalid_format']],
      );
    });

    it('a path parameter past the contract’s length is a 400 naming it; one past any route’s, or a URL that cannot be decoded, a 404 problem', async () => {
      const token = (length: number) => `/t/lesna-5/unsubscribe/${'x'.repeat(length)}`;
      const overlong = await server().fetch(token(301));
      assert.deepEqual(
        (await problemOf(overlong)).errors?.map((e) => [e.field, e.code]),
        [['token', 'too_long']],
      );
      for (const path of [token(3000), '/t/lesna-5/unsubscribe/%E0%A4%A']) {
        const response = await server().fetch(path);
        assert.equal(response.status, 404, path);
        assert.equal((await problemOf(response)).code, 'not_found');
      }
    });

    it('a path segment that cannot be a tenant slug is tenant_not_found, not a 500', async () => {
      for (const slug of ['a%00b', 'UPPER', '-dash', 'x'.repeat(65)]) {
        const response = await server().fetch(`/t/${slug}/me`);
        assert.equal(response.status, 404, slug);
        assert.equal((await problemOf(response)).code, 'tenant_not_found');
      }
    });

    it('a dev outbox filter that is no e-mail address names the field `to`', async () => {
      const response = await fetch(`${server().url}/dev/outbox.json?to=%00`);
      assert.equal(response.status, 400);
      assert.deepEqual(
        (await problemOf(response)).errors?.map((e) => [e.field, e.code]),
        [['to', 'invalid_format']],
      );
    });

    it('an id in urn:uuid: form, or a date of the year 0000, is a 400 naming the field', async () => {
      const session = await server().client('demo-hotel').auth.signIn({
        email: 'irina@nevsky-apart.example',
        password: 'Nevsky-2026',
      });
      const response = await server().fetch(
        `/t/demo-hotel/auth/sessions/urn:uuid:${randomUUID()}`,
        { method: 'DELETE', headers: { authorization: `Bearer ${session.accessToken}` } },
      );
      assert.deepEqual(
        (await problemOf(response)).errors?.map((e) => [e.field, e.code]),
        [['sessionId', 'invalid_format']],
      );
      const stays = await server().fetch('/t/demo-hotel/owner/bookings?from=0000-01-01', {
        headers: { authorization: `Bearer ${session.accessToken}` },
      });
      assert.deepEqual(
        (await problemOf(stays)).errors?.map((e) => [e.field, e.code]),
        [['from', 'invalid_format']],
      );
    });

    it('a cursor of the year 0000 is a 400 naming it on every route that pages', async () => {
      const bearer = async (email: string, password: string) => {
        const session = await server().client('demo-hotel').auth.signIn({ email, password });
        return { authorization: `Bearer ${session.accessToken}` };
      };
      const irina = await bearer('irina@nevsky-apart.example', 'Nevsky-2026');
      const petr = await bearer('petr@nevsky-apart.example', 'Manager-2026');
      const meters = (await (
        await server().fetch('/t/demo-hotel/meters', { headers: irina })
      ).json()) as { items: { id: string }[] };
      const cursor = (...parts: string[]) =>
        Buffer.from(JSON.stringify(parts)).toString('base64url');
      const instant = cursor('0000-01-01T00:00:00.000000Z', randomUUID());
      const routes = [
        ['/auth/sessions', instant, irina],
        ['/bookings', instant, petr],
        ['/owner/bookings', cursor('0000-01-01', randomUUID()), irina],
        ['/reports', cursor('0000-01', 'agent_report', '101', randomUUID()), irina],
        ['/tickets', instant, irina],
        [`/meters/${meters.items[0]?.id}/readings`, instant, irina],
      ] as const;
      for (const [path, position, headers] of routes) {
        const response = await server().fetch(`/t/demo-hotel${path}?cursor=${position}`, {
          headers,
        });
        assert.equal(response.status, 400, path);
        assert.deepEqual(
          (await problemOf(response)).errors?.map((e) => [e.field, e.code]),
          [['cursor', 'invalid_value']],
          path,
        );
      }
    });

    it('U+0000 that PostgreSQL refuses in text or jsonb is a 400, never a 500', async () => {
      const app = Fastify();
      await app.register(errorHandling);
      const db = server().app.db;
      app.get('/text', () => db.withSystem((sql) => sql.query('SELECT $1::text', ['a\u0000b'])));
      app.get('/jsonb', () =>
        db.withSystem((sql) => sql.query('SELECT $1::jsonb', [JSON.stringify('a\u0000b')])),
      );
      try {
        for (const url of ['/text', '/jsonb']) {
          const response = await app.inject({ url, headers: { 'accept-language': 'en' } });
          assert.equal(response.statusCode, 400, url);
          const problem = response.json<Record<string, unknown>>();
          assert.deepEqual(
            [problem.code, problem.detail],
            [
              'validation_failed',
              'The request holds the character U+0000, which cannot be stored.',
            ],
            url,
          );
        }
      } finally {
        await app.close();
      }
    });
  });
}

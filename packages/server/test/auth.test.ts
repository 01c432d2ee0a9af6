import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AtriumError, paginate } from '@atrium/sdk';
import { engines } from './databases.js';
import { problemOf, useServer } from './helpers.js';

const irina = { email: 'irina@nevsky-apart.example', password: 'Nevsky-2026' };
const jan = { email: 'jan@lesna5.example', password: 'Lesna5-Jan-1!' };
const katarzyna = { email: 'katarzyna@lesna5.example', password: 'Zarzad-2026!' };

async function refused(promise: Promise<unknown>): Promise<AtriumError> {
  const error = await promise.then(
    () => assert.fail('expected a refusal'),
    (e: unknown) => e,
  );
  assert.ok(error instanceof AtriumError, String(error));
  return error;
}

for (const engine of engines) {
  describe(`auth on ${engine.name}`, () => {
    const server = useServer(engine);

    it('AUTH-2 signs in with e-mail and password (any case) and reaches /me', async () => {
      const client = server().client('demo-hotel');
      const session = await client.auth.signIn({ ...irina, email: 'Irina@Nevsky-Apart.example' });
      assert.equal(session.tokenType, 'Bearer');
      assert.equal(session.expiresIn, 900);
      assert.ok(client.auth.isSignedIn());
      assert.equal((await client.people.me()).email, irina.email);
    });

    it('AUTH-2 answers an unknown e-mail exactly like a wrong password, in similar time', async () => {
      const attempt = async (email: string, address: string) => {
        const started = performance.now();
        const response = await server().fetch('/t/demo-hotel/auth/sign-in', {
          method: 'POST',
          json: { email, password: 'not-the-password-1' },
          address,
        });
        return {
          ms: performance.now() - started,
          status: response.status,
          problem: await problemOf(response),
        };
      };
      const median = (values: number[]) => values.sort((a, b) => a - b)[values.length >> 1] ?? 0;
      const wrong: number[] = [];
      const unknown: number[] = [];
      // Interleaved, each pair from its own address so no rate limit interferes.
      for (let i = 0; i < 20; i++) {
        const address = `198.51.100.${100 + i}`;
        const a = await attempt(irina.email, address);
        const b = await attempt('nobody@nevsky-apart.example', address);
        assert.equal(a.status, 401);
        assert.equal(a.problem.code, 'invalid_credentials');
        assert.deepEqual(b, { ...b, status: a.status, problem: a.problem });
        wrong.push(a.ms);
        unknown.push(b.ms);
      }
      // both verify an argon2 hash; an unknown e-mail must not answer measurably faster
      const ratio = median(unknown) / median(wrong);
      assert.ok(ratio > 0.67 && ratio < 1.5, `unknown/wrong median time ratio ${ratio}`);
    });

    it('AUTH-2 parallel wrong guesses cannot outrun the limit', async () => {
      const guesses = await Promise.all(
        Array.from({ length: 20 }, async (_, i) => {
          const response = await server().fetch('/t/demo-hotel/auth/sign-in', {
            method: 'POST',
            json: { email: 'petr@nevsky-apart.example', password: `guess-${i}-parallel` },
            address: '198.51.100.60',
          });
          return (await problemOf(response)).code;
        }),
      );
      const count = (code: string) => guesses.filter((c) => c === code).length;
      assert.equal(count('invalid_credentials'), 5, guesses.join());
      assert.equal(count('too_many_attempts'), 15, guesses.join());
    });

    it('AUTH-2 behind one proxy a forged leftmost X-Forwarded-For does not dodge the limit', async () => {
      for (let i = 0; i < 5; i++) {
        const response = await server().fetch('/t/lesna-5/auth/sign-in', {
          method: 'POST',
          json: { email: 'anna@lesna5.example', password: `guess-${i}-forged` },
          // the client forges the first entry; the proxy appends the address it saw
          address: `10.0.${i}.1, 198.51.100.70`,
        });
        assert.equal((await problemOf(response)).code, 'invalid_credentials');
      }
      const locked = await server().fetch('/t/lesna-5/auth/sign-in', {
        method: 'POST',
        json: { email: 'anna@lesna5.example', password: 'guess-5-forged' },
        address: '10.0.99.1, 198.51.100.70',
      });
      assert.equal((await problemOf(locked)).code, 'too_many_attempts');
    });

    it('AUTH-2 locks an account for the address that guesses, not for its owner elsewhere', async () => {
      const attacker = server().client('lesna-5', { address: '198.51.100.20' });
      for (let i = 0; i < 5; i++) {
        const error = await refused(attacker.auth.signIn({ ...jan, password: `guess-${i}` }));
        assert.equal(error.code, 'invalid_credentials');
      }
      const locked = await refused(attacker.auth.signIn(jan));
      assert.equal(locked.status, 429);
      assert.equal(locked.code, 'too_many_attempts');
      const wait = locked.retryAfter ?? 0;
      assert.ok(wait > 0 && wait <= 900, String(wait));
      const raw = await server().fetch('/t/lesna-5/auth/sign-in', {
        method: 'POST',
        json: jan,
        address: '198.51.100.20',
      });
      assert.equal(raw.status, 429);
      assert.equal(raw.headers.get('retry-after'), String((await problemOf(raw)).retryAfter));

      const owner = server().client('lesna-5', { address: '198.51.100.21' });
      assert.ok((await owner.auth.signIn(jan)).accessToken);
    });

    it('AUTH-2 stops an address that tries many accounts, and only that address', async () => {
      const sprayer = server().client('lesna-5', { address: '198.51.100.30' });
      for (let i = 0; i < 20; i++) {
        await refused(
          sprayer.auth.signIn({ email: `user${i}@lesna5.example`, password: 'Spray-2026!' }),
        );
      }
      const stopped = await refused(sprayer.auth.signIn(katarzyna));
      assert.equal(stopped.code, 'too_many_attempts');
      const elsewhere = server().client('lesna-5', { address: '198.51.100.31' });
      assert.ok((await elsewhere.auth.signIn(katarzyna)).accessToken);
    });

    it('AUTH-2 rotates refresh tokens; replaying a spent one revokes the whole sign-in', async () => {
      const client = server().client('demo-hotel');
      const first = await client.auth.signIn(irina);
      const refresh = (refreshToken: string) =>
        server().fetch('/t/demo-hotel/auth/refresh', { method: 'POST', json: { refreshToken } });
      const rotated = await refresh(first.refreshToken);
      assert.equal(rotated.status, 200);
      const second = (await rotated.json()) as { refreshToken: string; accessToken: string };
      assert.notEqual(second.refreshToken, first.refreshToken);

      const replay = await refresh(first.refreshToken);
      assert.equal(replay.status, 401);
      assert.equal((await problemOf(replay)).code, 'invalid_refresh_token');
      // the thief's replay also ended the legitimate holder's tokens of that sign-in
      assert.equal((await refresh(second.refreshToken)).status, 401);
      const me = await server().fetch('/t/demo-hotel/me', {
        headers: { authorization: `Bearer ${second.accessToken}` },
      });
      assert.equal(me.status, 401);
      assert.equal((await problemOf(me)).code, 'unauthenticated');
    });

    it('AUTH-2 the SDK refreshes through the server and keeps working', async () => {
      const client = server().client('demo-hotel');
      await client.auth.signIn(irina);
      const session = await client.auth.refresh();
      assert.ok(session.refreshToken.startsWith('rt_'));
      assert.equal((await client.people.me()).email, irina.email);
    });

    it('AUTH-2 signs out: the refresh token dies; signing out twice is fine', async () => {
      const client = server().client('demo-hotel');
      const session = await client.auth.signIn(irina);
      await client.auth.signOut();
      assert.equal(client.auth.isSignedIn(), false);
      const again = await server().fetch('/t/demo-hotel/auth/sign-out', {
        method: 'POST',
        json: { refreshToken: session.refreshToken },
      });
      assert.equal(again.status, 204);
      const refresh = await server().fetch('/t/demo-hotel/auth/refresh', {
        method: 'POST',
        json: { refreshToken: session.refreshToken },
      });
      assert.equal(refresh.status, 401);
    });

    it('lists sessions newest first in pages, marks the current one, revokes one', async () => {
      const devices = ['phone', 'tablet', 'laptop'].map((agent) =>
        server().client('demo-hotel', { address: `192.0.2.${agent.length}` }),
      );
      const sessions = [];
      for (const device of devices) sessions.push(await device.auth.signIn(irina));
      const laptop = devices[2];
      assert.ok(laptop);

      const pages = [];
      for await (const page of paginate((q) => laptop.auth.listSessions(q), { limit: 2 })) {
        pages.push(page);
      }
      assert.ok(pages.length >= 2, 'more than one page');
      const all = pages.flat();
      assert.equal(new Set(all.map((s) => s.id)).size, all.length, 'no session twice');
      const created = all.map((s) => Date.parse(s.createdAt));
      assert.deepEqual(
        created,
        [...created].sort((a, b) => b - a),
        'newest first',
      );
      assert.equal(all.filter((s) => s.current).length, 1);
      assert.equal(all[0]?.current, true, 'the laptop signed in last');

      const phoneSession = all[2];
      assert.ok(phoneSession);
      await laptop.auth.revokeSession(phoneSession.id);
      const remaining = (await laptop.auth.listSessions({ limit: 100 })).items.map((s) => s.id);
      assert.ok(!remaining.includes(phoneSession.id));
      const missing = await refused(laptop.auth.revokeSession(phoneSession.id));
      assert.equal(missing.code, 'not_found');
    });

    it('refuses a malformed cursor and an out-of-range limit, naming the field', async () => {
      const client = server().client('demo-hotel');
      await client.auth.signIn(irina);
      // the second is well-formed but no real instant, which the database would refuse
      const impossible = Buffer.from(
        JSON.stringify(['2024-99-99T99:99:99.000000Z', '00000000-0000-4000-8000-000000000000']),
      ).toString('base64url');
      for (const bad of ['not-a-cursor', impossible]) {
        const cursor = await refused(client.auth.listSessions({ cursor: bad }));
        assert.equal(cursor.status, 400);
        assert.deepEqual(
          cursor.fieldErrors.map((e) => [e.field, e.code]),
          [['cursor', 'invalid_value']],
        );
      }
      const limit = await refused(client.auth.listSessions({ limit: 101 }));
      assert.deepEqual(
        limit.fieldErrors.map((e) => [e.field, e.code]),
        [['limit', 'out_of_range']],
      );
    });

    it('ORG-1 a session of another person is not found', async () => {
      const anna = server().client('lesna-5');
      await anna.auth.signIn({ email: 'anna@lesna5.example', password: 'Lesna5-Haslo!' });
      const janClient = server().client('lesna-5', { address: '192.0.2.50' });
      await janClient.auth.signIn(jan);
      const [janSession] = (await janClient.auth.listSessions()).items;
      assert.ok(janSession);
      const error = await refused(anna.auth.revokeSession(janSession.id));
      assert.equal(error.status, 404);
      assert.equal(error.code, 'not_found');
      assert.ok((await janClient.people.me()).email === jan.email, 'Jan is still signed in');
    });

    it('refuses requests without a valid access token', async () => {
      for (const authorization of [undefined, 'Bearer nonsense', 'Basic abc']) {
        const response = await server().fetch('/t/demo-hotel/me', {
          headers: authorization ? { authorization } : {},
        });
        assert.equal(response.status, 401);
        assert.equal((await problemOf(response)).code, 'unauthenticated');
      }
    });
  });
}

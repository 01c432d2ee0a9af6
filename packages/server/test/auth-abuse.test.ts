// Authentication under attack (AUTH-2): a credential-stuffing run of many accounts from many
// addresses at once, one account sprayed from everywhere, and access tokens that are expired,
// forged, tampered with or of another tenant. What the answers and the log lines carry is
// searched for every password and token by useServer (secrets.ts).
import { createHmac } from 'node:crypto';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { signAccessToken, type AccessClaims } from '../src/auth/tokens.js';
import { engines } from './databases.js';
import { problemOf, useServer, type TestServer } from './helpers.js';

const tokenSecret = 'auth-abuse-test-secret-of-forty-eight-characters!';
const anna = { email: 'anna@lesna5.example', password: 'Lesna5-Haslo!' };
const jan = { email: 'jan@lesna5.example', password: 'Lesna5-Jan-1!' };
const irina = { email: 'irina@nevsky-apart.example', password: 'Nevsky-2026' };

interface Answer {
  /** The problem's code, or 'signed_in'. */
  code: string;
  /** Retry-After, in seconds. */
  wait: number;
}

/** A sign-in from an address. */
async function signInFrom(
  server: TestServer,
  tenant: string,
  address: string,
  body: object,
): Promise<Answer> {
  const response = await server.fetch(`/t/${tenant}/auth/sign-in`, {
    method: 'POST',
    json: body,
    address,
  });
  if (response.ok) return { code: 'signed_in', wait: 0 };
  const problem = await problemOf(response);
  return { code: problem.code, wait: Number(response.headers.get('retry-after') ?? 0) };
}

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** The claims of a genuine token: who it speaks for, at which tenant, in which session. */
function claimsOf(token: string): AccessClaims {
  const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as {
    sub: string;
    tid: string;
    sid: string;
  };
  return { personId: payload.sub, tenantId: payload.tid, sessionId: payload.sid };
}

for (const engine of engines) {
  describe(`authentication under attack, on ${engine.name}`, () => {
    const server = useServer(engine, { tokenSecret, statsScheduler: false });

    it('AUTH-2 a credential-stuffing run of many accounts from many addresses is stopped address by address, with a wait to honour, while a person elsewhere signs in', async () => {
      const addresses = Array.from({ length: 8 }, (_, i) => `198.51.100.${100 + i}`);
      const tries = 30;
      const run = Promise.all(
        addresses.map(async (address, a) => {
          const answers: Answer[] = [];
          // each address walks its own list of leaked e-mail and password pairs, a few at a time
          for (let batch = 0; batch < tries; batch += 5) {
            answers.push(
              ...(await Promise.all(
                Array.from({ length: 5 }, (_, i) =>
                  signInFrom(server(), 'lesna-5', address, {
                    email: `leaked${a}-${batch + i}@example.com`,
                    password: `Leaked-${a}-${batch + i}!`,
                  }),
                ),
              )),
            );
          }
          return answers;
        }),
      );
      const legitimate = await signInFrom(server(), 'lesna-5', '192.0.2.50', jan);
      for (const [a, answers] of (await run).entries()) {
        const count = (code: string) => answers.filter((answer) => answer.code === code).length;
        // the address limit: 20 tries in 15 minutes, then every try waits
        assert.equal(count('invalid_credentials'), 20, `address ${a}`);
        assert.equal(count('too_many_attempts'), tries - 20, `address ${a}`);
        const waits = answers.filter((answer) => answer.code === 'too_many_attempts');
        assert.ok(
          waits.every((answer) => answer.wait > 0 && answer.wait <= 900),
          `address ${a} waits`,
        );
      }
      assert.equal(legitimate.code, 'signed_in', 'a person on another address signs in');
      assert.equal(
        (await signInFrom(server(), 'lesna-5', '192.0.2.51', anna)).code,
        'signed_in',
        'and so does one after the run',
      );
    });

    it('AUTH-2 one account sprayed from many addresses is stopped from every address after 50 tries, the right password included; other accounts are not', async () => {
      const target = { email: 'katarzyna@lesna5.example', password: 'Zarzad-2026!' };
      const answers: Answer[] = [];
      for (let a = 0; a < 12; a++) {
        for (let i = 0; i < 5; i++) {
          answers.push(
            await signInFrom(server(), 'lesna-5', `203.0.113.${100 + a}`, {
              email: target.email,
              password: `Spray-${a}-${i}!`,
            }),
          );
        }
      }
      const count = (code: string) => answers.filter((answer) => answer.code === code).length;
      assert.equal(count('invalid_credentials'), 50);
      assert.equal(count('too_many_attempts'), 10);
      const fresh = await signInFrom(server(), 'lesna-5', '192.0.2.60', target);
      assert.equal(fresh.code, 'too_many_attempts', 'the account waits wherever it is tried');
      assert.equal((await signInFrom(server(), 'lesna-5', '192.0.2.60', anna)).code, 'signed_in');
    });

    it('AUTH-2 access tokens that are expired, forged, tampered with, unsigned or of another tenant are refused with 401', async () => {
      const me = (tenant: string, token: string) =>
        server().fetch(`/t/${tenant}/me`, { headers: { authorization: `Bearer ${token}` } });
      const session = await server().client('lesna-5').auth.signIn(anna);
      const claims = claimsOf(session.accessToken);
      assert.equal((await me('lesna-5', signAccessToken(tokenSecret, claims))).status, 200);

      const [head, payload] = session.accessToken.split('.') as [string, string];
      const hotel = await server().client('demo-hotel').auth.signIn(irina);
      const hotelClaims = claimsOf(hotel.accessToken);
      const anHourAgo = Date.now() - 60 * 60 * 1000;
      const sign = (data: string) => createHmac('sha256', tokenSecret).update(data).digest();
      const unsigned = `${base64url({ alg: 'none', typ: 'JWT' })}.${payload}.`;
      const tampered = `${head}.${base64url({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), tid: hotelClaims.tenantId })}.${session.accessToken.split('.')[2]}`;
      const refused: [string, string, string][] = [
        ['expired', 'lesna-5', signAccessToken(tokenSecret, claims, anHourAgo)],
        ['signed with another key', 'lesna-5', signAccessToken('not-the-key', claims)],
        ['tampered with', 'lesna-5', tampered],
        ['unsigned (alg none)', 'lesna-5', unsigned],
        [
          'a header of its own, signed with the key',
          'lesna-5',
          `${base64url({ alg: 'HS512' })}.${payload}.${sign(`${base64url({ alg: 'HS512' })}.${payload}`).toString('base64url')}`,
        ],
        ['of another tenant', 'lesna-5', hotel.accessToken],
        ['of this tenant at another', 'demo-hotel', session.accessToken],
        [
          'another tenant’s person in this one',
          'lesna-5',
          signAccessToken(tokenSecret, { ...claims, personId: hotelClaims.personId }),
        ],
      ];
      for (const [what, tenant, token] of refused) {
        const response = await me(tenant, token);
        assert.equal(response.status, 401, what);
        assert.equal((await problemOf(response)).code, 'unauthenticated', what);
      }
    });

    it('AUTH-2 after signing out, neither the refresh token nor the access token of that sign-in works', async () => {
      const client = server().client('lesna-5', { address: '192.0.2.70' });
      const session = await client.auth.signIn(jan);
      await client.auth.signOut();
      const refresh = await server().fetch('/t/lesna-5/auth/refresh', {
        method: 'POST',
        json: { refreshToken: session.refreshToken },
      });
      assert.equal(refresh.status, 401);
      const me = await server().fetch('/t/lesna-5/me', {
        headers: { authorization: `Bearer ${session.accessToken}` },
      });
      assert.equal(me.status, 401);
    });
  });
}

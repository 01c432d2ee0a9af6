// The reference server (packages/server, built) on a free port with a fresh in-memory
// PGlite and the demo tenants: the SDK's auth behaviour is tested against the real thing.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { TestContext } from 'node:test';
import { createAtriumClient, type AtriumClient, type AtriumClientOptions } from '../src/index.js';
import { startServer } from '../../server/dist/index.js';
import { checkAnswersOf, violations } from '../../server/test/contract.js';

export const TENANT = 'lesna-5';
export const ANNA = { email: 'anna@lesna5.example', password: 'Lesna5-Haslo!' };
export const JAN = { email: 'jan@lesna5.example', password: 'Lesna5-Jan-1!' };

export type RealServer = Awaited<ReturnType<typeof startServer>>;

/** Someone's sign-in. */
export interface Credentials {
  email: string;
  password: string;
}

/**
 * `signedIn(person, options?)` for a suite: a fresh client of `tenant` on the suite's server
 * (read when called, as the server starts in `before`), signed in as `person`.
 */
export const signingIn =
  (server: () => RealServer, tenant: string) =>
  async (
    person: Credentials,
    options: Partial<AtriumClientOptions> = {},
  ): Promise<AtriumClient> => {
    const client = createAtriumClient({ baseUrl: server().url, tenant, ...options });
    await client.auth.signIn(person);
    return client;
  };

// The run's seeded PGlite, when scripts/test.sh made one (packages/server/test/templates.ts).
const template = process.env.ATRIUM_TEST_TEMPLATES;

/**
 * The server with the demo tenants on a fresh in-memory PGlite; `corsOrigins` lets pages
 * served from there call every tenant's API (the browser tests). Every answer it sends is
 * checked against the contract by the server suites' own validator; closing it asserts
 * that none broke it.
 */
export async function startRealServer(
  options: Omit<NonNullable<Parameters<typeof startServer>[0]>, 'database'> = {},
): Promise<RealServer> {
  const from = template && new Blob([await readFile(join(template, 'pglite.tar'))]);
  const server = await startServer({
    port: 0,
    database: { memory: true, ...(from && { from }) },
    demo: true,
    ...options,
  });
  checkAnswersOf(server.app.server);
  return {
    ...server,
    async close() {
      await server.close();
      assert.deepEqual(violations, [], 'every answer matches the contract');
    },
  };
}

// Past any access token's life (minutes), well within a refresh token's (days).
const A_DAY_MS = 24 * 60 * 60_000;
const skewed = new WeakSet<TestContext>();

/**
 * Moves this process's clock (the server's too: it runs here) a day on, so the server answers
 * the access tokens issued so far `401 unauthenticated`. Restored after the test.
 */
export function expireAccessTokens(t: TestContext): void {
  const later = Date.now() + A_DAY_MS;
  if (skewed.has(t)) return t.mock.timers.setTime(later);
  skewed.add(t);
  t.mock.timers.enable({ apis: ['Date'], now: later });
}

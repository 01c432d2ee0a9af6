import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { createAtriumClient, type AtriumClient, type Locale } from '@atrium/sdk';
import { trustProxyFromEnv } from '../src/config.js';
import { startServer, type RunningServer, type ServerOptions } from '../src/index.js';
import { checkedFetch, violations } from './contract.js';
import { assertLogsKeepSecrets } from './secrets.js';
import type { DatabaseOptions } from '../src/db/pool.js';
import type { Engine } from './databases.js';

export interface TestServer extends RunningServer {
  /** The suite's own database, for tests that hold a transaction open beside the server. */
  database: DatabaseOptions;
  /** A real SDK client for a tenant, sending from a client address of the test's choosing. */
  client(tenant: string, options?: { locale?: Locale; address?: string }): AtriumClient;
  /** fetch against the server, answers checked against the contract. */
  fetch(path: string, init?: RequestInit & { json?: unknown; address?: string }): Promise<Response>;
}

/**
 * Starts the server with the demo data (a small, known dataset) on a fresh database of the
 * engine for one suite, and checks after it that no answer broke the contract.
 */
export function useServer(engine: Engine, options: ServerOptions = {}): () => TestServer {
  let server: TestServer | undefined;
  let drop: (() => Promise<void>) | undefined;
  // every line the server logs, searched after the suite for the secrets it handled
  const logged: string[] = [];
  before(async () => {
    const database = await engine.create({ seeded: options.demo !== false });
    drop = database.drop;
    // As behind one reverse proxy (TRUST_PROXY=1): a test speaks from several client
    // addresses through the last X-Forwarded-For entry.
    const running = await startServer({
      port: 0,
      demo: true,
      database: database.options,
      trustProxy: trustProxyFromEnv('1'),
      logger: { level: 'info', stream: { write: (line: string) => void logged.push(line) } },
      ...options,
    });
    server = {
      ...running,
      database: database.options,
      client: (tenant, { locale, address = '203.0.113.1' } = {}) =>
        createAtriumClient({
          baseUrl: running.url,
          tenant,
          locale,
          fetch: checkedFetch,
          retry: { limit: 0 },
          hooks: { beforeRequest: [(request) => request.headers.set('x-forwarded-for', address)] },
        }),
      fetch: (path, { json, address = '203.0.113.1', ...init } = {}) => {
        const headers = new Headers(init.headers);
        headers.set('x-forwarded-for', address);
        if (json !== undefined && !headers.has('content-type')) {
          headers.set('content-type', 'application/json');
        }
        return checkedFetch(running.url + path, {
          ...init,
          headers,
          ...(json !== undefined && { body: JSON.stringify(json) }),
        });
      },
    };
  });
  after(async () => {
    await server?.close();
    await drop?.();
    assert.deepEqual(violations, [], 'every answer matches the contract');
    assertLogsKeepSecrets(logged);
  });
  return () => {
    if (!server) throw new Error('the server is not started yet');
    return server;
  };
}

/** fetch on a tenant's API as one person, with their bearer token. */
export type Call = (path: string, init?: RequestInit & { json?: unknown }) => Promise<Response>;

/**
 * The people of a tenant who share one password, each signed in once (on first use) with
 * the real SDK: `as(email)` is fetch on the tenant's API with their bearer token.
 */
export function signIns(server: TestServer, slug: string, password: string) {
  const tokens = new Map<string, string>();
  return async (email: string): Promise<Call> => {
    let token = tokens.get(email);
    if (!token) {
      token = (await server.client(slug).auth.signIn({ email, password })).accessToken;
      tokens.set(email, token);
    }
    const bearer = token;
    return (path, init = {}) =>
      server.fetch(`/t/${slug}${path}`, {
        ...init,
        headers: { authorization: `Bearer ${bearer}`, ...init.headers },
      });
  };
}

/** The newest mail the dev outbox holds for an address, waiting for the sender. */
export async function waitForMail(server: TestServer, to: string, previous = 0) {
  for (let i = 0; i < 100; i++) {
    const response = await fetch(`${server.url}/dev/outbox.json?to=${encodeURIComponent(to)}`);
    const mails = (await response.json()) as { to: string; subject: string; text: string }[];
    const [newest] = mails;
    if (newest && mails.length > previous) return newest;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no mail for ${to}`);
}

/** The token of the reset link in a mail's text. */
export function resetTokenOf(text: string): string {
  const token = /#atrium-reset-token=([\w-]+)/.exec(text)?.[1];
  if (!token) throw new Error('no reset link in the mail');
  return token;
}

/** A problem body without the per-request id, to compare answers. */
export async function problemOf(response: Response) {
  assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/);
  const { instance, ...problem } = (await response.json()) as Record<string, unknown>;
  assert.equal(typeof instance, 'string');
  return problem as {
    code: string;
    title: string;
    status: number;
    detail?: string;
    errors?: { field: string; code: string; message: string; params?: Record<string, unknown> }[];
    retryAfter?: number;
  };
}

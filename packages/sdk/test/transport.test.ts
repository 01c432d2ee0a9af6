import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import {
  AtriumError,
  createAtriumClient,
  type AtriumClientOptions,
  type Branding,
  type FieldError,
  type Health,
} from '../src/index.js';
import {
  CREDENTIALS,
  numberedSession,
  sendEmpty,
  sendJson,
  sendProblem,
  startPeer,
  TENANT,
  type Handler,
  type Peer,
} from './peer.js';

const branding = {
  slug: TENANT,
  name: 'Wspólnota Mieszkaniowa Leśna 5',
  defaultLocale: 'pl',
  currency: 'PLN',
  colors: {
    primary: '#166534',
    onPrimary: '#ffffff',
    loginBackground: '#f0fdf4',
    pageBackground: '#ffffff',
    text: '#14261a',
  },
  logoUrl: null,
  websiteUrl: 'https://lesna5.example.pl',
  contactEmail: 'zarzad@lesna5.example.pl',
  passwordPolicy: {
    minLength: 10,
    requireDigit: true,
    requireSymbol: true,
    requireUpper: true,
    requireLower: true,
  },
} satisfies Branding;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const peers: Peer[] = [];
after(() => Promise.all(peers.map((p) => p.close())));

async function start(routes: Record<string, Handler>): Promise<Peer> {
  const peer = await startPeer(routes);
  peers.push(peer);
  return peer;
}

function client(peer: Peer, options: Partial<AtriumClientOptions> = {}) {
  return createAtriumClient({ baseUrl: peer.url, tenant: TENANT, ...options });
}

/** A handler that answers from the list in turn, repeating the last one. */
function inTurn(...handlers: Handler[]): Handler {
  let calls = 0;
  return (request, response) =>
    handlers.at(Math.min(calls++, handlers.length - 1))?.(request, response);
}

const brandingOk: Handler = (_q, response) => sendJson(response, 200, branding);
const unavailable: Handler = (_q, response) => sendProblem(response, 503, 'internal');
// Never answers: the socket stays open until the peer closes.
const silent: Handler = () => undefined;

async function rejection(promise: Promise<unknown>): Promise<AtriumError> {
  const error = await promise.then(
    () => assert.fail('the call resolved'),
    (e: unknown) => e,
  );
  assert.ok(error instanceof AtriumError, `expected an AtriumError, got ${String(error)}`);
  return error;
}

test('tenant operations go to /t/{tenant}/…, health to the server root', async () => {
  const health = { status: 'ok', database: 'ok', version: '0.1.0' } satisfies Health;
  const peer = await start({
    'GET /branding': brandingOk,
    'GET /health': (_q, response) => sendJson(response, 200, health),
  });
  const atrium = client(peer, { baseUrl: `${peer.url}/` });

  assert.deepEqual(await atrium.tenants.branding(), branding);
  assert.deepEqual(await atrium.system.health(), health);
  assert.deepEqual(
    peer.requests.map((r) => [r.tenant, r.path]),
    [
      [TENANT, '/branding'],
      [null, '/health'],
    ],
  );
});

test('health resolves with the Health body the contract sends with a 503', async () => {
  const degraded = {
    status: 'degraded',
    database: 'unreachable',
    version: '0.1.0',
  } satisfies Health;
  const peer = await start({ 'GET /health': (_q, response) => sendJson(response, 503, degraded) });
  assert.deepEqual(await client(peer).system.health(), degraded);
  assert.equal(peer.requests.length, 1);
});

test('a GET is retried on 503 until it succeeds', async () => {
  const peer = await start({ 'GET /branding': inTurn(unavailable, unavailable, brandingOk) });
  assert.deepEqual(await client(peer).tenants.branding(), branding);
  assert.equal(peer.requests.length, 3);
});

test('a GET gives up after the retry limit with the last error', async () => {
  const peer = await start({ 'GET /branding': unavailable });
  const error = await rejection(client(peer, { retry: { limit: 1 } }).tenants.branding());
  assert.equal(error.code, 'internal');
  assert.equal(error.status, 503);
  assert.equal(peer.requests.length, 2);
});

test('a 408 is retried, other 4xx are not', async () => {
  const timedOut: Handler = (_q, response) => sendProblem(response, 408, 'internal');
  const peer = await start({
    'GET /branding': inTurn(timedOut, brandingOk),
    'GET /me': (_q, response) => sendProblem(response, 404, 'not_found'),
  });
  const atrium = client(peer);
  assert.deepEqual(await atrium.tenants.branding(), branding);
  assert.equal(peer.received('GET /branding').length, 2);

  const error = await rejection(atrium.people.me());
  assert.equal(error.code, 'not_found');
  assert.equal(peer.received('GET /me').length, 1);
});

test('a POST with an Idempotency-Key is retried with the same key; each call gets its own', async () => {
  const peer = await start({
    'POST /auth/password-reset': inTurn(unavailable, unavailable, (_q, response) =>
      sendEmpty(response, 202),
    ),
  });
  const atrium = client(peer);
  await atrium.auth.requestPasswordReset({ email: CREDENTIALS.email, locale: 'pl' });
  await atrium.auth.requestPasswordReset({ email: CREDENTIALS.email });

  const keys = peer.requests.map((r) => r.headers['idempotency-key']);
  assert.equal(keys.length, 4);
  assert.match(String(keys[0]), UUID);
  assert.deepEqual(keys.slice(0, 3), Array(3).fill(keys[0]));
  assert.notEqual(keys[3], keys[0]);
  assert.deepEqual(peer.requests[0]?.body, { email: CREDENTIALS.email, locale: 'pl' });
});

test('a POST the SDK sends without an Idempotency-Key is never retried', async () => {
  const peer = await start({ 'POST /auth/password-reset/complete': unavailable });
  const error = await rejection(
    client(peer).auth.completePasswordReset({ token: 'pr_1', password: 'Nowe-Haslo-2026' }),
  );
  assert.equal(error.status, 503);
  assert.equal(peer.requests.length, 1);
  assert.equal(peer.requests[0]?.headers['idempotency-key'], undefined);
});

test('a GET carries no Idempotency-Key', async () => {
  const peer = await start({ 'GET /branding': brandingOk });
  await client(peer).tenants.branding();
  assert.equal(peer.requests[0]?.headers['idempotency-key'], undefined);
});

test('Retry-After is waited out before the retry', async () => {
  const slowDown: Handler = (_q, response) =>
    sendProblem(response, 429, 'too_many_attempts', { retryAfter: 1 }, { 'retry-after': '1' });
  const peer = await start({ 'GET /branding': inTurn(slowDown, brandingOk) });
  const started = performance.now();
  assert.deepEqual(await client(peer).tenants.branding(), branding);
  assert.ok(performance.now() - started >= 990, 'waited at least the second asked for');
  assert.equal(peer.requests.length, 2);
});

test('a 429 asking for longer than the cap is handed to the caller with retryAfter', async () => {
  const lockedOut: Handler = (_q, response) =>
    sendProblem(response, 429, 'too_many_attempts', { retryAfter: 120 }, { 'retry-after': '120' });
  const peer = await start({ 'GET /branding': lockedOut });
  const error = await rejection(client(peer).tenants.branding());
  assert.equal(error.code, 'too_many_attempts');
  assert.equal(error.status, 429);
  assert.equal(error.retryAfter, 120);
  assert.equal(peer.requests.length, 1);
});

test('an attempt that takes longer than the timeout fails with code timeout', async () => {
  const peer = await start({ 'GET /branding': silent });
  const started = performance.now();
  const error = await rejection(
    client(peer, { timeout: 100, retry: { limit: 1 } }).tenants.branding(),
  );
  assert.equal(error.code, 'timeout');
  assert.equal(error.status, 0);
  // The timeout is per attempt: a retry followed the first one.
  assert.equal(peer.requests.length, 2);
  assert.ok(performance.now() - started < 2_000);
});

test("the caller's AbortSignal cancels the call with code aborted", async () => {
  const peer = await start({ 'GET /branding': silent });
  const atrium = client(peer);

  const controller = new AbortController();
  const pending = atrium.tenants.branding({ signal: controller.signal });
  setTimeout(() => controller.abort(), 50);
  const error = await rejection(pending);
  assert.equal(error.code, 'aborted');
  assert.equal(error.status, 0);

  const already = await rejection(atrium.tenants.branding({ signal: AbortSignal.abort() }));
  assert.equal(already.code, 'aborted');
  assert.equal(peer.requests.length, 1);
});

test('no answer at all fails with code network_error after the retries', async () => {
  const peer = await start({});
  await peer.close();
  const error = await rejection(client(peer, { retry: { limit: 1 } }).tenants.branding());
  assert.equal(error.code, 'network_error');
  assert.equal(error.status, 0);
});

test('a problem+json answer becomes an AtriumError with its field errors', async () => {
  const errors: FieldError[] = [
    { field: 'email', code: 'invalid_format', message: 'Podaj poprawny adres e-mail.' },
    { field: 'extra', code: 'unknown_field', message: 'Nieznane pole.' },
  ];
  const peer = await start({
    'POST /auth/sign-in': (_q, response) =>
      sendProblem(response, 400, 'validation_failed', { errors, detail: 'Sprawdź pola.' }),
  });
  const error = await rejection(client(peer).auth.signIn(CREDENTIALS));
  assert.equal(error.code, 'validation_failed');
  assert.equal(error.status, 400);
  assert.equal(error.title, 'Invalid input');
  assert.equal(error.detail, 'Sprawdź pola.');
  assert.equal(error.message, 'Sprawdź pola.');
  assert.deepEqual(error.fieldErrors, errors);
  assert.equal(error.problem?.type, 'https://atrium.dev/problems/validation_failed');
});

test('an error that is not problem+json still gets a stable code', async () => {
  const peer = await start({
    'GET /branding': (_q, response) => {
      response.writeHead(502, { 'content-type': 'text/html' }).end('<h1>Bad gateway</h1>');
    },
    'GET /me': (_q, response) => {
      response.writeHead(403, { 'content-type': 'text/plain' }).end('no');
    },
  });
  const atrium = client(peer, { retry: { limit: 0 } });
  const gateway = await rejection(atrium.tenants.branding());
  assert.equal(gateway.code, 'internal');
  assert.equal(gateway.status, 502);
  assert.equal(gateway.problem, undefined);
  assert.equal((await rejection(atrium.people.me())).code, 'forbidden');
});

test('Accept-Language follows the locale option, asked again for every request', async () => {
  const peer = await start({ 'GET /branding': brandingOk });
  let locale: 'ru' | 'pl' | 'en' = 'ru';
  const atrium = client(peer, { locale: () => locale });
  await atrium.tenants.branding();
  locale = 'pl';
  await atrium.tenants.branding();
  await client(peer, { locale: 'en' }).tenants.branding();
  await client(peer).tenants.branding();

  const sent = peer.requests.map((r) => r.headers['accept-language']);
  assert.deepEqual(sent.slice(0, 3), ['ru', 'pl', 'en']);
  // Without the option the SDK sets nothing and Node's fetch sends its default.
  assert.equal(sent[3], '*');
});

test('hooks order: SDK headers, beforeRequest in order, afterResponse in order, then the SDK judges', async () => {
  let issued = 0;
  const newSession: Handler = (_q, response) => sendJson(response, 200, numberedSession(++issued));
  // The first access token is refused, so one call goes through a refresh and a replay.
  const peer = await start({
    'POST /auth/sign-in': newSession,
    'POST /auth/refresh': newSession,
    'GET /me': (request, response) => {
      if (request.headers.authorization === 'Bearer at-1') {
        sendProblem(response, 401, 'unauthenticated');
      } else sendJson(response, 200, { name: 'Anna Nowak' });
    },
  });
  const log: string[] = [];
  const atrium = client(peer, {
    locale: 'pl',
    hooks: {
      beforeRequest: [
        (request) => {
          const path = new URL(request.url).pathname;
          log.push(
            `before1 ${request.method} ${path} auth=${request.headers.get('authorization')}`,
          );
          const replaced = new Request(request);
          replaced.headers.set('x-trace', 'from-before1');
          return replaced;
        },
        (request) => {
          log.push(
            `before2 x-trace=${request.headers.get('x-trace')} lang=${request.headers.get('accept-language')}`,
          );
        },
      ],
      afterResponse: [
        (_request, response) => {
          log.push(`after1 ${response.status}`);
          if (response.status !== 200) return;
          const replaced = new Response(response.body, response);
          replaced.headers.set('x-seen', 'after1');
          return replaced;
        },
        (_request, response) => {
          log.push(`after2 ${response.status} x-seen=${response.headers.get('x-seen')}`);
        },
      ],
    },
  });
  await atrium.auth.signIn(CREDENTIALS);
  log.length = 0;

  await atrium.people.me();

  assert.deepEqual(log, [
    'before1 GET /t/acme/me auth=Bearer at-1',
    'before2 x-trace=from-before1 lang=pl',
    'after1 401',
    'after2 401 x-seen=null',
    // The SDK saw the 401 only after the hooks, then refreshed (through the hooks too).
    'before1 POST /t/acme/auth/refresh auth=null',
    'before2 x-trace=from-before1 lang=pl',
    'after1 200',
    'after2 200 x-seen=after1',
    'before1 GET /t/acme/me auth=Bearer at-2',
    'before2 x-trace=from-before1 lang=pl',
    'after1 200',
    'after2 200 x-seen=after1',
  ]);
  assert.ok(peer.requests.every((r) => r.headers['x-trace'] === 'from-before1'));
});

test('the SDK judges the response an afterResponse hook returned', async () => {
  const peer = await start({ 'GET /branding': unavailable });
  const atrium = client(peer, {
    hooks: {
      afterResponse: [
        (_request, response) =>
          response.status === 503
            ? new Response(JSON.stringify(branding), { status: 200 })
            : undefined,
      ],
    },
  });
  assert.deepEqual(await atrium.tenants.branding(), branding);
  assert.equal(peer.requests.length, 1);
});

test('an error thrown by an integrator hook reaches the caller unchanged and is not retried', async () => {
  const peer = await start({ 'GET /branding': brandingOk });
  const thrown = new Error('blocked by the integrator');
  const atrium = client(peer, {
    hooks: {
      afterResponse: [
        () => {
          throw thrown;
        },
      ],
    },
  });
  await assert.rejects(atrium.tenants.branding(), (error) => error === thrown);
  assert.equal(peer.requests.length, 1);
});

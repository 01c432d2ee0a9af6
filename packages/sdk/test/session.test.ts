import assert from 'node:assert/strict';
import { after, beforeEach, test } from 'node:test';
import {
  AtriumError,
  createAtriumClient,
  memoryTokenStore,
  type SessionPage,
  type TokenStore,
} from '../src/index.js';
import { ANNA, annaMe, authPeer, type AuthPeerState } from './auth-peer.js';
import { sendJson, sendProblem, startPeer, TENANT, type Handler, type Peer } from './peer.js';

let auth: AuthPeerState;
let peer: Peer;
const peers: Peer[] = [];
after(() => Promise.all(peers.map((p) => p.close())));

async function start(
  routes: Record<string, Handler> = {},
  options: { refreshDelayMs?: number } = {},
) {
  auth = authPeer(options);
  peer = await startPeer({ ...auth.routes, ...routes });
  peers.push(peer);
}

function client(tokenStore: TokenStore = memoryTokenStore()) {
  return createAtriumClient({ baseUrl: peer.url, tenant: TENANT, tokenStore });
}

beforeEach(() => start());

test('AUTH-2 sign-in keeps the refresh token in the store and sends the access token as Bearer', async () => {
  const store = memoryTokenStore();
  const atrium = client(store);
  const heard: boolean[] = [];
  atrium.auth.onChange((signedIn) => heard.push(signedIn));

  const session = await atrium.auth.signIn(ANNA);

  assert.equal(store.get(), session.refreshToken);
  assert.equal(atrium.auth.isSignedIn(), true);
  assert.deepEqual(heard, [true]);
  assert.deepEqual(await atrium.people.me(), annaMe);
  assert.equal(peer.received('GET /me')[0]?.headers.authorization, `Bearer ${session.accessToken}`);
  assert.equal(peer.received('POST /auth/sign-in')[0]?.tenant, TENANT);
});

test('AUTH-2 five concurrent 401s share one refresh, each call is replayed once, rotation is persisted', async () => {
  await start({}, { refreshDelayMs: 50 });
  const store = memoryTokenStore();
  const atrium = client(store);
  await atrium.auth.signIn(ANNA);
  auth.expireAccessTokens();

  const results = await Promise.all(Array.from({ length: 5 }, () => atrium.people.me()));

  assert.deepEqual(results, Array(5).fill(annaMe));
  assert.equal(peer.received('POST /auth/refresh').length, 1);
  assert.deepEqual(peer.received('POST /auth/refresh')[0]?.body, { refreshToken: 'rt-1' });
  const sent = peer.received('GET /me').map((r) => r.headers.authorization);
  assert.deepEqual(sent, [...Array(5).fill('Bearer at-1'), ...Array(5).fill('Bearer at-2')]);
  assert.equal(store.get(), 'rt-2');
});

test('AUTH-2 a 401 that arrives after another call refreshed is replayed without a second refresh', async () => {
  // The sessions list answers its 401 late, when me() has already rotated the tokens.
  await start({
    'GET /auth/sessions': async (request, response) => {
      const valid = auth.validAccess.has(request.headers.authorization?.slice(7) ?? '');
      if (!valid) await new Promise((resolve) => setTimeout(resolve, 150));
      if (valid) sendJson(response, 200, { items: [], nextCursor: null } satisfies SessionPage);
      else sendProblem(response, 401, 'unauthenticated');
    },
  });
  const atrium = client();
  await atrium.auth.signIn(ANNA);
  auth.expireAccessTokens();

  await Promise.all([atrium.auth.listSessions(), atrium.people.me()]);

  assert.equal(peer.received('POST /auth/refresh').length, 1);
  const sent = peer.received('GET /auth/sessions').map((r) => r.headers.authorization);
  assert.deepEqual(sent, ['Bearer at-1', 'Bearer at-2']);
});

test('AUTH-2 with only a stored refresh token the client refreshes before the first call', async () => {
  const store = memoryTokenStore();
  await client(store).auth.signIn(ANNA);
  const reopened = client(store);
  assert.equal(reopened.auth.isSignedIn(), true);

  assert.deepEqual(await reopened.people.me(), annaMe);

  const routes = peer.requests.map((r) => `${r.method} ${r.path}`);
  assert.deepEqual(routes, ['POST /auth/sign-in', 'POST /auth/refresh', 'GET /me']);
  assert.equal(peer.received('GET /me')[0]?.headers.authorization, 'Bearer at-2');
  assert.equal(store.get(), 'rt-2');
});

test('AUTH-2 a refused refresh ends the session: store cleared, onChange(false), call rejects unauthenticated', async () => {
  const store = memoryTokenStore();
  const atrium = client(store);
  await atrium.auth.signIn(ANNA);
  const heard: boolean[] = [];
  atrium.auth.onChange((signedIn) => heard.push(signedIn));
  auth.expireAccessTokens();
  auth.validRefresh.clear();

  const error = await atrium.people.me().then(
    () => assert.fail('me() resolved'),
    (e: unknown) => e,
  );

  assert.ok(error instanceof AtriumError);
  assert.equal(error.code, 'unauthenticated');
  assert.equal(error.status, 401);
  assert.equal(store.get(), null);
  assert.equal(atrium.auth.isSignedIn(), false);
  assert.deepEqual(heard, [false]);
  assert.equal(peer.received('POST /auth/refresh').length, 1);
});

test('AUTH-2 a refused refresh before the first call also rejects unauthenticated', async () => {
  const store = memoryTokenStore();
  store.set('rt-unknown');
  const atrium = client(store);

  await assert.rejects(atrium.people.me(), { name: 'AtriumError', code: 'unauthenticated' });
  assert.equal(store.get(), null);
  assert.equal(peer.received('GET /me').length, 0);
});

test('AUTH-2 the replay after a refresh happens exactly once', async () => {
  await start({ 'GET /me': (_request, response) => sendProblem(response, 401, 'unauthenticated') });
  const atrium = client();
  await atrium.auth.signIn(ANNA);

  await assert.rejects(atrium.people.me(), { code: 'unauthenticated', status: 401 });
  assert.equal(peer.received('GET /me').length, 2);
  assert.equal(peer.received('POST /auth/refresh').length, 1);
});

test('AUTH-2 refresh() rotates once for concurrent callers and is never retried', async () => {
  const atrium = client();
  await atrium.auth.signIn(ANNA);

  const [first, second] = await Promise.all([atrium.auth.refresh(), atrium.auth.refresh()]);
  assert.equal(first.refreshToken, 'rt-2');
  assert.equal(second, first);
  assert.equal(peer.received('POST /auth/refresh').length, 1);

  await start({ 'POST /auth/refresh': (_q, response) => sendProblem(response, 503, 'internal') });
  const store = memoryTokenStore();
  store.set('rt-1');
  // A replay of a refresh would spend the rotated token: one request, and the session stays.
  await assert.rejects(client(store).auth.refresh(), { code: 'internal', status: 503 });
  assert.equal(peer.received('POST /auth/refresh').length, 1);
  assert.equal(store.get(), 'rt-1');
});

test('AUTH-2 sign-in is never retried, even on a 503', async () => {
  await start({ 'POST /auth/sign-in': (_q, response) => sendProblem(response, 503, 'internal') });
  await assert.rejects(client().auth.signIn(ANNA), { code: 'internal', status: 503 });
  assert.equal(peer.received('POST /auth/sign-in').length, 1);
  assert.equal(peer.received('POST /auth/sign-in')[0]?.headers['idempotency-key'], undefined);
});

test('AUTH-2 sign-out revokes the refresh token on the server and clears the session', async () => {
  const store = memoryTokenStore();
  const atrium = client(store);
  const session = await atrium.auth.signIn(ANNA);
  const heard: boolean[] = [];
  atrium.auth.onChange((signedIn) => heard.push(signedIn));

  await atrium.auth.signOut();

  assert.deepEqual(peer.received('POST /auth/sign-out')[0]?.body, {
    refreshToken: session.refreshToken,
  });
  assert.equal(auth.validRefresh.has(session.refreshToken), false);
  assert.equal(store.get(), null);
  assert.deepEqual(heard, [false]);
  await assert.rejects(atrium.people.me(), { code: 'unauthenticated' });
});

test('AUTH-2 sign-out clears the local session even when the server is unreachable', async () => {
  const store = memoryTokenStore();
  const atrium = createAtriumClient({
    baseUrl: peer.url,
    tenant: TENANT,
    tokenStore: store,
    retry: { limit: 0 },
  });
  await atrium.auth.signIn(ANNA);
  await peer.close();

  await atrium.auth.signOut();

  assert.equal(atrium.auth.isSignedIn(), false);
  assert.equal(store.get(), null);
});

test('AUTH-2 a caller that aborts while waiting for the shared refresh stops alone', async () => {
  await start({}, { refreshDelayMs: 150 });
  const atrium = client();
  await atrium.auth.signIn(ANNA);
  auth.expireAccessTokens();

  const patient = atrium.people.me();
  const impatient = atrium.people.me({ signal: AbortSignal.timeout(50) });

  await assert.rejects(impatient, { name: 'AtriumError', code: 'aborted' });
  assert.deepEqual(await patient, annaMe);
  assert.equal(peer.received('POST /auth/refresh').length, 1);
  assert.equal(atrium.auth.isSignedIn(), true);
});

test('AUTH-2 a refresh that lands after sign-out does not sign the person back in', async () => {
  await start({}, { refreshDelayMs: 100 });
  const store = memoryTokenStore();
  const atrium = client(store);
  await atrium.auth.signIn(ANNA);
  auth.expireAccessTokens();

  const pending = atrium.people.me();
  await new Promise((resolve) => setTimeout(resolve, 30));
  await atrium.auth.signOut();

  await assert.rejects(pending, { code: 'unauthenticated' });
  assert.equal(atrium.auth.isSignedIn(), false);
  assert.equal(store.get(), null);
});

test('an unsubscribed listener hears nothing', async () => {
  const atrium = client();
  const heard: boolean[] = [];
  const unsubscribe = atrium.auth.onChange((signedIn) => heard.push(signedIn));
  unsubscribe();
  await atrium.auth.signIn(ANNA);
  assert.deepEqual(heard, []);
});

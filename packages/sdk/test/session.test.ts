// Sessions against the reference server (AUTH-2): sign-in, rotation, reuse detection,
// sign-out and revocation. Faults the real server cannot produce are in auth-faults.test.ts.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  AtriumError,
  createAtriumClient,
  memoryTokenStore,
  type AtriumClient,
  type TokenStore,
} from '../src/index.js';
import {
  ANNA,
  expireAccessTokens,
  startRealServer,
  TENANT,
  type RealServer,
} from './real-server.js';
import { recordingFetch, type RecordingFetch } from './recording-fetch.js';

let server: RealServer;
before(async () => {
  server = await startRealServer();
});
after(() => server.close());

function client(tokenStore: TokenStore = memoryTokenStore(), recorder = recordingFetch()) {
  const atrium = createAtriumClient({
    baseUrl: server.url,
    tenant: TENANT,
    tokenStore,
    fetch: recorder.fetch,
  });
  return { atrium, recorder };
}

const bearers = (recorder: RecordingFetch, route: string) =>
  recorder.received(route).map((r) => r.headers.get('authorization'));

async function rejection(promise: Promise<unknown>): Promise<AtriumError> {
  const error = await promise.then(
    () => assert.fail('the call resolved'),
    (e: unknown) => e,
  );
  assert.ok(error instanceof AtriumError, `expected an AtriumError, got ${String(error)}`);
  return error;
}

/** Whether the server still lets `refreshToken` be exchanged (spends it when it does). */
async function stillValid(refreshToken: string): Promise<boolean> {
  const store = memoryTokenStore();
  store.set(refreshToken);
  return client(store)
    .atrium.auth.refresh()
    .then(
      () => true,
      (error: unknown) => {
        if (error instanceof AtriumError && error.code === 'invalid_refresh_token') return false;
        throw error;
      },
    );
}

async function currentSessionId(atrium: AtriumClient): Promise<string | undefined> {
  return (await atrium.auth.listSessions({ limit: 100 })).items.find((s) => s.current)?.id;
}

test('AUTH-2 sign-in keeps the refresh token in the store and sends the access token as Bearer', async () => {
  const store = memoryTokenStore();
  const { atrium, recorder } = client(store);
  const heard: boolean[] = [];
  atrium.auth.onChange((signedIn) => heard.push(signedIn));

  const session = await atrium.auth.signIn(ANNA);
  const me = await atrium.people.me();

  assert.equal(store.get(), session.refreshToken);
  assert.equal(atrium.auth.isSignedIn(), true);
  assert.deepEqual(heard, [true]);
  assert.equal(me.name, 'Anna Nowak');
  assert.equal(me.email, ANNA.email);
  assert.deepEqual(bearers(recorder, 'GET /me'), [`Bearer ${session.accessToken}`]);
  // Contract: signIn declares no Idempotency-Key, so none is sent and it is never retried.
  assert.equal(recorder.received('POST /auth/sign-in')[0]?.headers.get('idempotency-key'), null);
});

test('AUTH-2 five concurrent 401s share one refresh, each call is replayed once, rotation is persisted', async (t) => {
  const store = memoryTokenStore();
  const { atrium, recorder } = client(store);
  const first = await atrium.auth.signIn(ANNA);
  expireAccessTokens(t);

  const names = (await Promise.all(Array.from({ length: 5 }, () => atrium.people.me()))).map(
    (me) => me.name,
  );

  assert.deepEqual(names, Array(5).fill('Anna Nowak'));
  const refreshes = recorder.received('POST /auth/refresh');
  assert.equal(refreshes.length, 1);
  assert.deepEqual(refreshes[0]?.body, { refreshToken: first.refreshToken });
  assert.equal(refreshes[0]?.headers.get('idempotency-key'), null);
  const sent = bearers(recorder, 'GET /me');
  const second = sent.at(-1);
  assert.notEqual(second, `Bearer ${first.accessToken}`);
  assert.deepEqual(sent, [
    ...Array(5).fill(`Bearer ${first.accessToken}`),
    ...Array(5).fill(second),
  ]);
  assert.notEqual(store.get(), first.refreshToken);
  assert.equal(await stillValid(first.refreshToken), false);
});

test('AUTH-2 a 401 that arrives after another call refreshed is replayed without a second refresh', async (t) => {
  const { atrium, recorder } = client();
  const first = await atrium.auth.signIn(ANNA);
  expireAccessTokens(t);
  // The sessions list reaches the server late, when me() has already rotated the tokens.
  recorder.delay('GET /auth/sessions', 150);

  await Promise.all([atrium.auth.listSessions(), atrium.people.me()]);

  assert.equal(recorder.received('POST /auth/refresh').length, 1);
  const sent = bearers(recorder, 'GET /auth/sessions');
  assert.equal(sent.length, 2);
  assert.equal(sent[0], `Bearer ${first.accessToken}`);
  assert.equal(sent[1], bearers(recorder, 'GET /me').at(-1));
});

test('AUTH-2 with only a stored refresh token the client refreshes before the first call', async () => {
  const store = memoryTokenStore();
  await client(store).atrium.auth.signIn(ANNA);
  const { atrium: reopened, recorder } = client(store);
  assert.equal(reopened.auth.isSignedIn(), true);

  assert.equal((await reopened.people.me()).email, ANNA.email);

  assert.deepEqual(
    recorder.requests.map((r) => `${r.method} ${r.path}`),
    ['POST /auth/refresh', 'GET /me'],
  );
});

test('AUTH-2 reuse of a spent refresh token ends the sign-in on every device', async (t) => {
  const store = memoryTokenStore();
  const { atrium, recorder } = client(store);
  const session = await atrium.auth.signIn(ANNA);
  const heard: boolean[] = [];
  atrium.auth.onChange((signedIn) => heard.push(signedIn));
  // A copy of the refresh token (a thief, or a second tab without the lock) rotates it first.
  const copy = memoryTokenStore();
  copy.set(session.refreshToken);
  const { atrium: thief } = client(copy);
  await thief.auth.refresh();
  expireAccessTokens(t);

  const error = await rejection(atrium.people.me());

  assert.equal(error.code, 'unauthenticated');
  assert.equal(error.status, 401);
  assert.equal(store.get(), null);
  assert.equal(atrium.auth.isSignedIn(), false);
  assert.deepEqual(heard, [false]);
  assert.equal(recorder.received('POST /auth/refresh').length, 1);
  // The server revoked the whole family: the thief's fresh token is dead too.
  assert.equal((await rejection(thief.auth.refresh())).code, 'invalid_refresh_token');
});

test('AUTH-2 a refused refresh before the first call also rejects unauthenticated', async () => {
  const store = memoryTokenStore();
  store.set('rt_unknown');
  const { atrium, recorder } = client(store);

  assert.equal((await rejection(atrium.people.me())).code, 'unauthenticated');
  assert.equal(store.get(), null);
  assert.equal(recorder.received('GET /me').length, 0);
});

test('AUTH-2 refresh() rotates once for concurrent callers', async () => {
  const store = memoryTokenStore();
  const { atrium, recorder } = client(store);
  const signedIn = await atrium.auth.signIn(ANNA);

  const [first, second] = await Promise.all([atrium.auth.refresh(), atrium.auth.refresh()]);

  assert.equal(second, first);
  assert.notEqual(first.refreshToken, signedIn.refreshToken);
  assert.equal(store.get(), first.refreshToken);
  assert.equal(recorder.received('POST /auth/refresh').length, 1);
  assert.equal((await atrium.people.me()).email, ANNA.email);
});

test('AUTH-2 sign-out revokes the sign-in on the server and clears the session', async () => {
  const store = memoryTokenStore();
  const { atrium, recorder } = client(store);
  const session = await atrium.auth.signIn(ANNA);
  const heard: boolean[] = [];
  atrium.auth.onChange((signedIn) => heard.push(signedIn));

  await atrium.auth.signOut();

  const [signOut] = recorder.received('POST /auth/sign-out');
  assert.deepEqual(signOut?.body, { refreshToken: session.refreshToken });
  // Contract: signOut declares Idempotency-Key, so the SDK sends one (and may retry).
  assert.match(signOut?.headers.get('idempotency-key') ?? '', /^[0-9a-f-]{36}$/);
  assert.equal(store.get(), null);
  assert.deepEqual(heard, [false]);
  assert.equal(await stillValid(session.refreshToken), false);
  assert.equal((await rejection(atrium.people.me())).code, 'unauthenticated');
});

test('AUTH-2 sign-out clears the local session even when the server is unreachable', async () => {
  const store = memoryTokenStore();
  const { atrium, recorder } = client(store);
  await atrium.auth.signIn(ANNA);
  recorder.offline = true;

  await atrium.auth.signOut();

  assert.equal(atrium.auth.isSignedIn(), false);
  assert.equal(store.get(), null);
});

test('AUTH-2 revokeSession signs another device out', async () => {
  const { atrium: phone } = client();
  const { atrium: laptop, recorder } = client();
  await phone.auth.signIn(ANNA);
  await laptop.auth.signIn(ANNA);
  const phoneSession = await currentSessionId(phone);
  assert.ok(phoneSession);

  await laptop.auth.revokeSession(phoneSession);

  const [revoke] = recorder.received(`DELETE /auth/sessions/${phoneSession}`);
  assert.match(revoke?.headers.get('idempotency-key') ?? '', /^[0-9a-f-]{36}$/);
  const remaining = (await laptop.auth.listSessions({ limit: 100 })).items.map((s) => s.id);
  assert.ok(!remaining.includes(phoneSession));
  assert.equal((await rejection(phone.people.me())).code, 'unauthenticated');
  assert.equal(phone.auth.isSignedIn(), false);
});

test('AUTH-2 a caller that aborts while waiting for the shared refresh stops alone', async (t) => {
  const { atrium, recorder } = client();
  await atrium.auth.signIn(ANNA);
  expireAccessTokens(t);
  recorder.delay('POST /auth/refresh', 150);

  const patient = atrium.people.me();
  const impatient = atrium.people.me({ signal: AbortSignal.timeout(50) });

  assert.equal((await rejection(impatient)).code, 'aborted');
  assert.equal((await patient).email, ANNA.email);
  assert.equal(recorder.received('POST /auth/refresh').length, 1);
  assert.equal(atrium.auth.isSignedIn(), true);
});

test('AUTH-2 a refresh that lands after sign-out does not sign the person back in', async (t) => {
  const store = memoryTokenStore();
  const { atrium, recorder } = client(store);
  await atrium.auth.signIn(ANNA);
  expireAccessTokens(t);
  recorder.delay('POST /auth/refresh', 100);

  const pending = atrium.people.me();
  await new Promise((resolve) => setTimeout(resolve, 30));
  await atrium.auth.signOut();

  assert.equal((await rejection(pending)).code, 'unauthenticated');
  assert.equal(atrium.auth.isSignedIn(), false);
  assert.equal(store.get(), null);
});

test('an unsubscribed listener hears nothing', async () => {
  const { atrium } = client();
  const heard: boolean[] = [];
  const unsubscribe = atrium.auth.onChange((signedIn) => heard.push(signedIn));
  unsubscribe();
  await atrium.auth.signIn(ANNA);
  assert.deepEqual(heard, []);
});

// "See as client" (AUTH-3) against the reference server: a client made with `clientView`
// reads as the client, is refused every change, never refreshes, and leaves the manager's
// stored session alone.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  AtriumError,
  createAtriumClient,
  memoryTokenStore,
  type AtriumClient,
  type ClientView,
  type TokenStore,
} from '../src/index.js';
import {
  ANNA,
  expireAccessTokens,
  JAN,
  signingIn,
  startRealServer,
  TENANT,
  type RealServer,
} from './real-server.js';
import { recordingFetch, type RecordingFetch } from './recording-fetch.js';

const KATARZYNA = { email: 'katarzyna@lesna5.example', password: 'Zarzad-2026!' };

let server: RealServer;
let annaId: string;
before(async () => {
  server = await startRealServer();
  annaId = (await (await signedIn(ANNA)).people.me()).id;
});
after(() => server.close());

const signedIn = signingIn(() => server, TENANT);

async function rejection(promise: Promise<unknown>): Promise<AtriumError> {
  const error = await promise.then(
    () => assert.fail('the call resolved'),
    (e: unknown) => e,
  );
  assert.ok(error instanceof AtriumError, `expected an AtriumError, got ${String(error)}`);
  return error;
}

/** A store that counts its writes. */
function countingStore(): TokenStore & { writes: number } {
  const inner = memoryTokenStore();
  const store = {
    writes: 0,
    get: () => inner.get(),
    set(token: string | null) {
      store.writes++;
      inner.set(token);
    },
  };
  return store;
}

/** A client of the view, recording what it sends, and what its listeners heard. */
function viewing(view: ClientView, options: { tokenStore?: TokenStore } = {}) {
  const recorder: RecordingFetch = recordingFetch();
  const atrium = createAtriumClient({
    baseUrl: server.url,
    tenant: TENANT,
    fetch: recorder.fetch,
    clientView: view,
    ...options,
  });
  const heard: boolean[] = [];
  atrium.auth.onChange((signedInNow) => heard.push(signedInNow));
  return { atrium, recorder, heard };
}

const viewOfAnna = async (manager?: AtriumClient) =>
  (manager ?? (await signedIn(KATARZYNA))).auth.viewAsClient(annaId);

test("AUTH-3 a client made with clientView sends the view's token and reads as the client", async () => {
  const manager = await signedIn(KATARZYNA);
  const view = await viewOfAnna(manager);
  const { atrium, recorder } = viewing(view);

  assert.equal(atrium.auth.isSignedIn(), true);
  const me = await atrium.people.me();

  assert.equal(me.id, annaId);
  assert.deepEqual(
    recorder.received('GET /me').map((r) => r.headers.get('authorization')),
    [`Bearer ${view.accessToken}`],
  );
  assert.equal((await manager.people.me()).email, KATARZYNA.email, 'the manager stays herself');
});

test('AUTH-3 a change through the view is refused read_only_view, and the view goes on', async () => {
  const { atrium, heard } = viewing(await viewOfAnna());
  const [announcement] = (await atrium.announcements.list()).items;
  assert.ok(announcement);

  const error = await rejection(atrium.announcements.markRead(announcement.id));

  assert.deepEqual([error.status, error.code], [403, 'read_only_view']);
  assert.equal(atrium.auth.isSignedIn(), true);
  assert.deepEqual(heard, []);
  assert.equal((await atrium.people.me()).id, annaId);
});

test('AUTH-3 the view is never refreshed: the first 401 ends it and listeners hear false', async (t) => {
  const { atrium, recorder, heard } = viewing(await viewOfAnna());
  expireAccessTokens(t);

  const error = await rejection(atrium.people.me());

  assert.deepEqual([error.status, error.code], [401, 'unauthenticated']);
  assert.equal(atrium.auth.isSignedIn(), false);
  assert.deepEqual(heard, [false]);
  assert.equal((await rejection(atrium.auth.refresh())).code, 'unauthenticated');
  assert.deepEqual(recorder.received('POST /auth/refresh'), []);
});

test("AUTH-3 the manager's sign-out ends the view", async () => {
  const manager = await signedIn(KATARZYNA);
  const { atrium, heard } = viewing(await viewOfAnna(manager));
  assert.equal((await atrium.people.me()).id, annaId);

  await manager.auth.signOut();

  assert.equal((await rejection(atrium.people.me())).code, 'unauthenticated');
  assert.equal(atrium.auth.isSignedIn(), false);
  assert.deepEqual(heard, [false]);
});

test("AUTH-3 the view's sign-out and sign-in leave the manager's stored session alone", async () => {
  const store = countingStore();
  const manager = await signedIn(KATARZYNA, { tokenStore: store });
  const stored = store.get();
  const writes = store.writes;
  // Handed the manager's store, the view keeps to its own.
  const { atrium, recorder, heard } = viewing(await viewOfAnna(manager), { tokenStore: store });

  await atrium.auth.signOut();
  assert.equal(atrium.auth.isSignedIn(), false);
  assert.deepEqual(heard, [false]);
  assert.deepEqual(recorder.received('POST /auth/sign-out'), [], 'nothing to revoke');

  await atrium.auth.signIn(JAN);
  assert.equal((await atrium.people.me()).email, JAN.email);
  await atrium.auth.signOut();

  assert.equal(store.writes, writes);
  assert.equal(store.get(), stored);
  await manager.auth.refresh();
  assert.equal((await manager.people.me()).email, KATARZYNA.email);
});

test("AUTH-3 withClientView keeps the client's options and leaves the client as it was", async () => {
  const recorder = recordingFetch();
  const manager = await signedIn(KATARZYNA, { fetch: recorder.fetch, locale: 'en' });
  const view = await manager.auth.viewAsClient(annaId);

  const atrium = manager.withClientView(view);

  assert.equal((await atrium.people.me()).id, annaId);
  const [sent] = recorder.received('GET /me');
  assert.equal(sent?.headers.get('authorization'), `Bearer ${view.accessToken}`);
  assert.equal(sent?.headers.get('accept-language'), 'en');
  assert.equal((await manager.people.me()).email, KATARZYNA.email);
  const last = recorder.received('GET /me').at(-1);
  assert.notEqual(last?.headers.get('authorization'), `Bearer ${view.accessToken}`);
});

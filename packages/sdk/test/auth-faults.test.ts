// Auth under faults the reference server does not produce on demand (session.test.ts has the
// behaviour against the real server): 503s, and a server that refuses every access token.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { createAtriumClient, memoryTokenStore } from '../src/index.js';
import {
  CREDENTIALS,
  numberedSession,
  sendJson,
  sendProblem,
  startPeer,
  TENANT,
  type Handler,
  type Peer,
} from './peer.js';

const peers: Peer[] = [];
after(() => Promise.all(peers.map((p) => p.close())));

async function start(routes: Record<string, Handler>): Promise<Peer> {
  const peer = await startPeer(routes);
  peers.push(peer);
  return peer;
}

const unavailable: Handler = (_q, response) => sendProblem(response, 503, 'internal');

test('AUTH-2 the replay after a refresh happens exactly once', async () => {
  let issued = 0;
  const newSession: Handler = (_q, response) => sendJson(response, 200, numberedSession(++issued));
  const peer = await start({
    'POST /auth/sign-in': newSession,
    'POST /auth/refresh': newSession,
    'GET /me': (_q, response) => sendProblem(response, 401, 'unauthenticated'),
  });
  const atrium = createAtriumClient({ baseUrl: peer.url, tenant: TENANT });
  await atrium.auth.signIn(CREDENTIALS);

  await assert.rejects(atrium.people.me(), { code: 'unauthenticated', status: 401 });
  assert.deepEqual(
    peer.received('GET /me').map((r) => r.headers.authorization),
    ['Bearer at-1', 'Bearer at-2'],
  );
  assert.equal(peer.received('POST /auth/refresh').length, 1);
});

test('AUTH-2 a refresh is never retried, even on a 503, and the session stays', async () => {
  const peer = await start({ 'POST /auth/refresh': unavailable });
  const store = memoryTokenStore();
  store.set('rt-1');

  // A replay would present the token the first attempt may have spent: reuse, revocation.
  await assert.rejects(
    createAtriumClient({ baseUrl: peer.url, tenant: TENANT, tokenStore: store }).auth.refresh(),
    { code: 'internal', status: 503 },
  );
  assert.equal(peer.received('POST /auth/refresh').length, 1);
  assert.equal(store.get(), 'rt-1');
});

test('AUTH-2 sign-in is never retried, even on a 503', async () => {
  const peer = await start({ 'POST /auth/sign-in': unavailable });
  await assert.rejects(
    createAtriumClient({ baseUrl: peer.url, tenant: TENANT }).auth.signIn(CREDENTIALS),
    { code: 'internal', status: 503 },
  );
  assert.equal(peer.received('POST /auth/sign-in').length, 1);
  assert.equal(peer.received('POST /auth/sign-in')[0]?.headers['idempotency-key'], undefined);
});

import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { createAtriumClient, paginate, type SessionInfo, type SessionPage } from '../src/index.js';
import { ANNA, authPeer } from './auth-peer.js';
import { sendJson, startPeer, TENANT } from './peer.js';

const sessions: SessionInfo[] = Array.from({ length: 5 }, (_, i) => ({
  id: `7c0e2f0a-9d1b-4e53-8a7e-2b1f6d3c9a1${i}`,
  createdAt: `2026-11-2${i}T08:15:00Z`,
  lastUsedAt: `2026-11-2${i}T17:42:10Z`,
  userAgent: i === 4 ? null : 'Mozilla/5.0 (X11; Linux x86_64) Chrome/156.0',
  current: i === 0,
}));

test('paginate walks three pages of listSessions, passing nextCursor back as cursor', async () => {
  const auth = authPeer();
  const peer = await startPeer({
    ...auth.routes,
    'GET /auth/sessions': (request, response) => {
      const limit = Number(request.query.get('limit'));
      const start = Number(request.query.get('cursor') ?? '0');
      const end = start + limit;
      sendJson(response, 200, {
        items: sessions.slice(start, end),
        nextCursor: end < sessions.length ? String(end) : null,
      } satisfies SessionPage);
    },
  });
  after(() => peer.close());
  const atrium = createAtriumClient({ baseUrl: peer.url, tenant: TENANT });
  await atrium.auth.signIn(ANNA);

  const pages: SessionInfo[][] = [];
  for await (const page of paginate((query) => atrium.auth.listSessions(query), { limit: 2 })) {
    pages.push(page);
  }

  assert.deepEqual(pages, [sessions.slice(0, 2), sessions.slice(2, 4), sessions.slice(4)]);
  assert.deepEqual(
    peer.received('GET /auth/sessions').map((r) => r.query.toString()),
    ['limit=2', 'limit=2&cursor=2', 'limit=2&cursor=4'],
  );
});

test('paginate stops after a single page whose nextCursor is null', async () => {
  const queries: object[] = [];
  const pages: number[][] = [];
  for await (const page of paginate(async (query) => {
    queries.push(query);
    return { items: [1, 2], nextCursor: null };
  })) {
    pages.push(page);
  }
  assert.deepEqual(pages, [[1, 2]]);
  assert.deepEqual(queries, [{}]);
});

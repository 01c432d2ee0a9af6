import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { createAtriumClient, paginate, type SessionInfo } from '../src/index.js';
import { JAN, startRealServer, TENANT } from './real-server.js';
import { recordingFetch } from './recording-fetch.js';

test('paginate walks three pages of the real sessions list, passing nextCursor back as cursor', async () => {
  const server = await startRealServer();
  after(() => server.close());
  const signIn = () => createAtriumClient({ baseUrl: server.url, tenant: TENANT }).auth.signIn(JAN);
  // Five sign-ins, one after another, so the newest-first order is the reverse of this one.
  for (let i = 0; i < 4; i++) await signIn();
  const recorder = recordingFetch();
  const atrium = createAtriumClient({ baseUrl: server.url, tenant: TENANT, fetch: recorder.fetch });
  await atrium.auth.signIn(JAN);

  const pages: SessionInfo[][] = [];
  const cursors: (string | null)[] = [];
  const fetchPage = async (query: { cursor?: string; limit?: number }) => {
    const page = await atrium.auth.listSessions(query);
    cursors.push(page.nextCursor);
    return page;
  };
  for await (const page of paginate(fetchPage, { limit: 2 })) pages.push(page);

  assert.deepEqual(
    pages.map((page) => page.length),
    [2, 2, 1],
  );
  const sessions = pages.flat();
  assert.equal(new Set(sessions.map((s) => s.id)).size, 5);
  assert.deepEqual(
    sessions.map((s) => s.current),
    [true, false, false, false, false],
  );
  const created = sessions.map((s) => s.createdAt);
  assert.deepEqual(created, [...created].sort().reverse());
  assert.equal(cursors[2], null);
  assert.deepEqual(
    recorder.received('GET /auth/sessions').map((r) => Object.fromEntries(r.query)),
    [{ limit: '2' }, { limit: '2', cursor: cursors[0] }, { limit: '2', cursor: cursors[1] }],
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

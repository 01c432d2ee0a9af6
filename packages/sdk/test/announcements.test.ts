// The announcements namespace against the real server and its Polish community: Katarzyna
// manages it, Anna sits on its board and owns half of unit 12 with Jan (ANN-1, ORG-4).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { AtriumError, paginate, type Announcement } from '../src/index.js';
import { ANNA, JAN, startRealServer, TENANT, signingIn, type RealServer } from './real-server.js';
import { recordingFetch } from './recording-fetch.js';

const KATARZYNA = { email: 'katarzyna@lesna5.example', password: 'Zarzad-2026!' };

let server: RealServer;
before(async () => {
  server = await startRealServer();
});
after(() => server.close());

const signedIn = signingIn(() => server, TENANT);
const minutes = (n: number) => new Date(Date.now() + n * 60_000).toISOString();

async function annasProperty(): Promise<string> {
  const property = (await (await signedIn(ANNA)).people.me()).units[0]?.property;
  assert.ok(property, 'Anna has a unit');
  return property.id;
}

test('ANN-1: a notice whose answer is lost is sent again and published once; Anna reads it', async () => {
  const propertyId = await annasProperty();
  const recorder = recordingFetch();
  let dropped = false;
  const lossy: typeof fetch = async (input, init) => {
    const response = await recorder.fetch(input, init);
    const url = input instanceof Request ? input.url : String(input);
    if (!dropped && url.endsWith('/announcements')) {
      dropped = true;
      throw new TypeError('connection reset');
    }
    return response;
  };
  const katarzyna = await signedIn(KATARZYNA, { fetch: lossy });
  const title = `SDK notice ${Math.random().toString(36).slice(2, 8)}`;
  const made = await katarzyna.announcements.create({
    title,
    body: 'Jutro **sprzątanie** klatki.\n\n- parter\n- piętro',
    audience: { scope: 'property', propertyId },
    visibleUntil: minutes(60),
  });
  const posts = recorder.received('POST /announcements');
  assert.equal(posts.length, 2, 'sent twice');
  assert.equal(
    posts[0]?.headers.get('idempotency-key'),
    posts[1]?.headers.get('idempotency-key'),
    'under one key',
  );
  assert.equal(made.status, 'current');
  assert.deepEqual(made.author, { name: 'Katarzyna Wiśniewska', role: 'manager' });
  assert.match(made.html, /<strong>sprzątanie<\/strong>/);

  const anna = await signedIn(ANNA);
  const before = await anna.announcements.list();
  const mine = before.items.filter((a) => a.title === title);
  assert.equal(mine.length, 1, 'published once');
  assert.equal(mine[0]?.read, false);
  await anna.announcements.markRead(made.id);
  await anna.announcements.markRead(made.id);
  const after = await anna.announcements.list();
  assert.equal(after.unread, before.unread - 1);
  assert.equal((await anna.announcements.get(made.id)).read, true);
});

test('ORG-4: the board’s internal notice is Anna’s, not Jan’s; Jan may not ask for scheduled ones', async () => {
  const anna = await signedIn(ANNA);
  const jan = await signedIn(JAN);
  const seen: Announcement[] = [];
  for await (const page of paginate((q) => anna.announcements.list(q), { limit: 1 })) {
    seen.push(...page);
  }
  const board = seen.find((a) => a.audience.roles?.join() === 'board_member');
  assert.ok(board, 'Anna sees the board’s notice');
  assert.equal(board.author.role, 'board_member');
  assert.ok(!(await jan.announcements.list()).items.some((a) => a.id === board.id));
  await assert.rejects(
    jan.announcements.get(board.id),
    (error: unknown) => error instanceof AtriumError && error.status === 404,
  );
  await assert.rejects(
    jan.announcements.list({ status: 'scheduled' }),
    (error: unknown) =>
      error instanceof AtriumError && error.status === 403 && error.code === 'forbidden',
  );
  const scheduled = await anna.announcements.list({ status: 'scheduled' });
  assert.ok(scheduled.items.length > 0, 'a board member sees her property’s scheduled ones');
});

test('ANN-1: a window ending before it starts names visibleUntil, in the client’s language', async () => {
  const propertyId = await annasProperty();
  const katarzyna = await signedIn(KATARZYNA, { locale: 'pl' });
  await assert.rejects(
    katarzyna.announcements.create({
      title: 'Zła data',
      body: 'Tekst.',
      audience: { scope: 'property', propertyId },
      visibleFrom: minutes(60),
      visibleUntil: minutes(30),
    }),
    (error: unknown) =>
      error instanceof AtriumError &&
      error.status === 400 &&
      error.fieldErrors.length === 1 &&
      error.fieldErrors[0]?.field === 'visibleUntil' &&
      error.fieldErrors[0]?.code === 'ends_before_start' &&
      error.fieldErrors[0]?.message === 'Koniec musi nastąpić po początku.',
  );
});

test('ANN-1: taken down by its author, a notice is gone for its audience', async () => {
  const propertyId = await annasProperty();
  const katarzyna = await signedIn(KATARZYNA);
  const made = await katarzyna.announcements.create({
    title: 'Na chwilę',
    body: 'Tekst.',
    audience: { scope: 'property', propertyId },
  });
  const jan = await signedIn(JAN);
  assert.equal((await jan.announcements.get(made.id)).status, 'current');
  const down = await katarzyna.announcements.update(made.id, {
    visibleUntil: new Date().toISOString(),
  });
  assert.equal(down.status, 'ended');
  await assert.rejects(
    jan.announcements.get(made.id),
    (error: unknown) => error instanceof AtriumError && error.status === 404,
  );
  const ended = await katarzyna.announcements.list({ status: 'ended' });
  assert.ok(ended.items.some((a) => a.id === made.id));
});

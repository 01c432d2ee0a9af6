// The directory's people through the SDK against the real server and its Polish community,
// which Katarzyna manages (DIR-3).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startRealServer, TENANT, signingIn, type RealServer } from './real-server.js';
import { recordingFetch } from './recording-fetch.js';

const KATARZYNA = { email: 'katarzyna@lesna5.example', password: 'Zarzad-2026!' };

let server: RealServer;
before(async () => {
  server = await startRealServer();
});
after(() => server.close());

const signedIn = signingIn(() => server, TENANT);

test('DIR-3: a person whose answer is lost is sent again under the same key and stored once', async () => {
  const recorder = recordingFetch();
  let dropped = false;
  const lossy: typeof fetch = async (input, init) => {
    const response = await recorder.fetch(input, init);
    const url = input instanceof Request ? input.url : String(input);
    if (!dropped && url.endsWith('/people')) {
      dropped = true;
      throw new TypeError('connection reset');
    }
    return response;
  };
  const katarzyna = await signedIn(KATARZYNA, { fetch: lossy });
  const made = await katarzyna.directory.people.create({
    name: 'Jan Kowalski',
    email: 'Jan.Kowalski@Example.pl',
    phone: '+48601234567',
    locale: 'pl',
  });
  const posts = recorder.received('POST /people');
  assert.equal(posts.length, 2, 'sent twice');
  const key = posts[0]?.headers.get('idempotency-key');
  assert.ok(key);
  assert.equal(posts[1]?.headers.get('idempotency-key'), key, 'under one key');
  assert.equal(made.email, 'jan.kowalski@example.pl');
  assert.deepEqual([made.portalAccess, made.staffRole, made.units], ['none', null, []]);

  const found = await katarzyna.directory.people.list({ q: 'jan.kowalski@' });
  assert.deepEqual(
    found.items.map((p) => p.id),
    [made.id],
    'stored once',
  );
  assert.deepEqual(await katarzyna.directory.people.get(made.id), made);
});

// Self-registration by phone (DIR-5) through the SDK against the real server, whose SMS
// sandbox (mounted at /sandbox/sms) stands in for the phone; Katarzyna manages Leśna 5.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { AtriumError, createAtriumClient, paginate, type Registration } from '../src/index.js';
import { startRealServer, TENANT, signingIn, type RealServer } from './real-server.js';
import { recordingFetch } from './recording-fetch.js';

const KATARZYNA = { email: 'katarzyna@lesna5.example', password: 'Zarzad-2026!' };

let server: RealServer;
before(async () => {
  server = await startRealServer();
});
after(() => server.close());

const signedIn = signingIn(() => server, TENANT);

/** The code of the newest SMS to the phone, as its owner reads it. */
async function codeOnPhone(phone: string): Promise<string> {
  const response = await fetch(
    `${server.url}/sandbox/sms/messages.json?to=${encodeURIComponent(phone)}`,
  );
  const [newest] = (await response.json()) as { text: string }[];
  const code = /\b(\d{6})\b/.exec(newest?.text ?? '')?.[1];
  assert.ok(code, 'a code on the phone');
  return code;
}

test('DIR-5: a code read off the phone registers; the request waits, Katarzyna rejects it, a second decision is a typed 409', async () => {
  const phone = '+48602000001';
  const client = createAtriumClient({ baseUrl: server.url, tenant: TENANT });
  assert.deepEqual(await client.registrations.requestCode({ phone, locale: 'pl' }), {
    expiresIn: 600,
  });
  const form = { phone, name: 'Jan Kowalski', email: 'jan.k@example.pl', locale: 'pl' } as const;
  const code = await codeOnPhone(phone);
  const wrong = await client.registrations
    .register({ ...form, code: code === '000000' ? '000001' : '000000' })
    .catch((e: unknown) => e);
  assert.ok(wrong instanceof AtriumError);
  assert.deepEqual(
    wrong.fieldErrors.map((e) => [e.field, e.code]),
    [['code', 'invalid_value']],
  );
  const outcome = await client.registrations.register({ ...form, code });
  assert.deepEqual(outcome, { status: 'pending' });

  const katarzyna = await signedIn(KATARZYNA);
  const waiting: Registration[] = [];
  for await (const page of paginate(
    (q) => katarzyna.registrations.list({ ...q, status: 'pending' }),
    {
      limit: 1,
    },
  )) {
    waiting.push(...page.filter((r) => r.phone === phone));
  }
  assert.equal(waiting.length, 1);
  const id = waiting[0]?.id ?? '';
  const rejected = await katarzyna.registrations.reject(id, { reason: 'Brak lokalu.' });
  assert.deepEqual([rejected.status, rejected.reason], ['rejected', 'Brak lokalu.']);
  const again = await katarzyna.registrations.reject(id, {}).catch((e: unknown) => e);
  assert.ok(again instanceof AtriumError);
  assert.deepEqual([again.status, again.code], [409, 'invalid_transition']);
});

test('DIR-5: a code whose answer is lost is not asked again by the SDK (each one is an SMS)', async () => {
  const recorder = recordingFetch();
  const lossy: typeof fetch = async (input, init) => {
    await recorder.fetch(input, init);
    throw new TypeError('connection reset');
  };
  const client = createAtriumClient({ baseUrl: server.url, tenant: TENANT, fetch: lossy });
  await assert.rejects(client.registrations.requestCode({ phone: '+48602000002' }));
  assert.equal(recorder.received('POST /registration-codes').length, 1);
});

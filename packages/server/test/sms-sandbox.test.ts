import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildApp } from '../src/app.js';
import { optionsFromEnv } from '../src/config.js';
import { ProviderRefused, ProviderUnavailable } from '../src/payments/providers/types.js';
import { createSmsSandbox, type SandboxSms } from '../src/sandbox/sms/index.js';
import { HttpSmsProvider } from '../src/sms/http-provider.js';
import { pglite } from './databases.js';
import { problemOf, useServer } from './helpers.js';
import { serveForSuite } from './suite-service.js';

// The SMS sandbox (DIR-5) as the outside gateway it stands in for, and the server with it
// mounted at /sandbox/sms (the demo) or with no gateway at all (no demo, production).

describe('the SMS sandbox', () => {
  const sandbox = createSmsSandbox();
  const url = serveForSuite(sandbox.plugin);
  const provider = (apiKey = sandbox.control.apiKey) =>
    new HttpSmsProvider({ baseUrl: url, apiKey, timeoutMs: 300 });
  const message = { to: '+48601000001', from: 'Atrium', text: 'Leśna 5: kod 123456' };
  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${url()}/v1/messages`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${sandbox.control.apiKey}`,
        'content-type': 'application/json',
        ...headers,
      },
      body: JSON.stringify(body),
    });

  it('takes a message under its key once: the same key is the same message, another body is refused', async () => {
    const first = await provider().send(message, 'key-1');
    assert.equal(await provider().send(message, 'key-1'), first);
    assert.equal(sandbox.control.messages(message.to).length, 1);
    const reused = await post({ ...message, text: 'other' }, { 'idempotency-key': 'key-1' });
    assert.deepEqual(
      [reused.status, await reused.json()],
      [422, { code: 'idempotency_key_reused' }],
    );
    await assert.rejects(provider('sk_wrong').send(message, 'key-2'), ProviderRefused);
    assert.equal(sandbox.control.messages(message.to).length, 1, 'nothing sent without the key');
  });

  it('refuses what is not its API, naming the field: a sender is a short Latin ID or a phone', async () => {
    for (const [body, field] of [
      [{ ...message, to: '601000001' }, 'to'],
      [{ ...message, from: '' }, 'from'],
      [{ ...message, from: 'Wspólnota Mieszkaniowa Leśna 5' }, 'from'],
      [{ ...message, from: 'Leśna 5' }, 'from'],
      [{ ...message, from: 'Atrium Lesna' }, 'from'],
      [{ ...message, text: 'x'.repeat(1601) }, 'text'],
    ] as const) {
      const response = await post(body, { 'idempotency-key': `bad-${field}` });
      assert.deepEqual(
        [response.status, await response.json()],
        [400, { code: 'invalid_request', field }],
      );
    }
    const keyless = await post(message);
    assert.deepEqual(await keyless.json(), { code: 'invalid_request', field: 'Idempotency-Key' });
    for (const from of ['Atrium Lesa', '+48600100200']) {
      assert.equal(typeof (await provider().send({ ...message, from }, `from-${from}`)), 'string');
    }
  });

  it('refuses a number a test made unreachable, for good (ProviderRefused)', async () => {
    const to = '+48601000004';
    sandbox.control.unreachable(to);
    const response = await post({ ...message, to }, { 'idempotency-key': 'dead-1' });
    assert.deepEqual(
      [response.status, await response.json()],
      [400, { code: 'unreachable_number', field: 'to' }],
    );
    await assert.rejects(provider().send({ ...message, to }, 'dead-2'), ProviderRefused);
    assert.equal(sandbox.control.messages(to).length, 0);
  });

  it('fails, hangs or loses its answer as a test plans; a lost answer asked again is one message', async () => {
    const to = '+48601000002';
    for (const how of ['error', 'hang'] as const) {
      sandbox.control.fail(1, { how });
      await assert.rejects(provider().send({ ...message, to }, `k-${how}`), ProviderUnavailable);
    }
    assert.equal(sandbox.control.messages(to).length, 0, 'neither sent anything');
    sandbox.control.fail(1, { how: 'lost' });
    await assert.rejects(provider().send({ ...message, to }, 'k-lost'), ProviderUnavailable);
    const id = await provider().send({ ...message, to }, 'k-lost');
    assert.deepEqual(
      sandbox.control.messages(to).map((m) => m.id),
      [id],
    );
    sandbox.control.fail(5);
    sandbox.control.recover();
    assert.equal(typeof (await provider().send({ ...message, to }, 'k-after')), 'string');
  });

  it('shows the phones’ messages per sender, newest first, as a page and as JSON', async () => {
    const to = '+48601000003';
    await provider().send({ to, from: 'Nevsky', text: 'Невский Апарт: код 111111' }, 'p-1');
    await provider().send({ to, from: 'Lesna5', text: 'Leśna <5>: kod 222222' }, 'p-2');
    const json = (await (
      await fetch(`${url()}/messages.json?to=${encodeURIComponent(to)}`)
    ).json()) as SandboxSms[];
    assert.deepEqual(
      json.map((m) => m.text),
      ['Leśna <5>: kod 222222', 'Невский Апарт: код 111111'],
    );
    const page = await fetch(`${url()}/?to=${encodeURIComponent(to)}`);
    assert.match(page.headers.get('content-type') ?? '', /^text\/html/);
    const html = await page.text();
    assert.ok(html.includes('<pre>Leśna &#60;5&#62;: kod 222222</pre>'), 'escaped');
    assert.ok(html.indexOf('<h2>Lesna5') < html.indexOf('<h2>Nevsky'), 'the latest sender first');
    assert.ok(!html.includes('kod 123456'), 'another phone’s messages are not shown');
  });
});

describe('the server’s SMS gateway', () => {
  describe('with the demo: the sandbox mounted at /sandbox/sms', () => {
    const server = useServer(pglite, { statsScheduler: false, smsSender: 'Lesna 5' });

    it('DIR-5 a code reaches the mounted sandbox, from the server’s sender, the tenant named in the language asked', async () => {
      const phone = '+48601000010';
      const client = server().client('lesna-5');
      assert.deepEqual(await client.registrations.requestCode({ phone, locale: 'en' }), {
        expiresIn: 600,
      });
      const sent = (await (
        await fetch(`${server().url}/sandbox/sms/messages.json?to=${encodeURIComponent(phone)}`)
      ).json()) as SandboxSms[];
      assert.equal(sent.length, 1);
      assert.equal(sent[0]?.from, 'Lesna 5');
      assert.match(
        sent[0]?.text ?? '',
        /^Wspólnota Mieszkaniowa Leśna 5: your registration code is \d{6}\./,
      );
      const page = await (await fetch(`${server().url}/sandbox/sms/`)).text();
      assert.ok(page.includes(sent[0]?.text ?? '-'), 'the page shows it');
    });
  });

  describe('without the demo: no sandbox unless asked for, as its pages show every code', () => {
    const server = useServer(pglite, { statsScheduler: false, demo: false });

    it('DIR-5 /sandbox/sms is not served', async () => {
      assert.equal((await fetch(`${server().url}/sandbox/sms/`)).status, 404);
      assert.equal((await fetch(`${server().url}/sandbox/sms/messages.json`)).status, 404);
    });
  });

  describe('in production with no gateway', () => {
    const server = useServer(pglite, { statsScheduler: false, smsSandbox: false });

    it('DIR-5 a code is refused honestly (503 with Retry-After), nothing stored, no sandbox served', async () => {
      const phone = '+48601000011';
      const response = await server().fetch('/t/lesna-5/registration-codes', {
        method: 'POST',
        json: { phone },
        headers: { 'accept-language': 'ru' },
      });
      assert.equal(response.status, 503);
      const problem = await problemOf(response);
      assert.equal(problem.code, 'provider_unavailable');
      assert.equal(
        problem.detail,
        'Сервис SMS не отвечает, код не отправлен. Повторите через 10 с.',
      );
      assert.equal(response.headers.get('retry-after'), '10');
      const stored = await server().app.db.withSystem((sql) =>
        sql.query('SELECT 1 FROM registration_codes WHERE phone = $1', [phone]),
      );
      assert.equal(stored.rowCount, 0);
      assert.equal((await fetch(`${server().url}/sandbox/sms/`)).status, 404);
    });
  });

  it('DIR-5 the gateway comes from SMS_PROVIDER_URL with SMS_PROVIDER_KEY; the sandbox only with the demo outside production, or when asked for', () => {
    assert.equal(optionsFromEnv({}).smsProvider, undefined);
    const both = { SMS_PROVIDER_URL: 'https://sms.example/api', SMS_PROVIDER_KEY: 'k' };
    assert.ok(optionsFromEnv(both).smsProvider instanceof HttpSmsProvider);
    assert.throws(
      () => optionsFromEnv({ SMS_PROVIDER_KEY: 'k' }),
      /SMS_PROVIDER_KEY needs SMS_PROVIDER_URL too/,
    );
    assert.throws(
      () => optionsFromEnv({ ...both, SMS_PROVIDER_URL: 'sms.example' }),
      /SMS_PROVIDER_URL must be an http\(s\) address/,
    );
    const sandbox = (env: NodeJS.ProcessEnv) => optionsFromEnv(env).smsSandbox;
    assert.equal(sandbox({}), true, 'the demo runs unless production');
    assert.equal(sandbox({ ATRIUM_DEMO: '0' }), false);
    assert.equal(sandbox({ ATRIUM_DEMO: '0', SMS_SANDBOX: '1' }), true);
    assert.equal(sandbox({ NODE_ENV: 'production' }), false);
    assert.equal(sandbox({ NODE_ENV: 'production', ATRIUM_DEMO: '1' }), false);
    assert.equal(sandbox({ NODE_ENV: 'production', SMS_SANDBOX: '1' }), true);
    assert.equal(sandbox({ SMS_SANDBOX: '0' }), false);
  });

  it('DIR-5 SMS_SENDER: up to 11 Latin letters, digits and spaces, or a phone; else the start stops', async () => {
    assert.equal(optionsFromEnv({}).smsSender, undefined);
    for (const sender of ['Lesna 5', 'ATRIUM', '+48600100200']) {
      assert.equal(optionsFromEnv({ SMS_SENDER: sender }).smsSender, sender);
    }
    for (const sender of [
      'Wspólnota Leśna',
      'Atrium Lesna',
      ' Atrium',
      'Atrium!',
      '+48 600 100 200',
    ]) {
      assert.throws(() => optionsFromEnv({ SMS_SENDER: sender }), /SMS_SENDER must be/, sender);
    }
    await assert.rejects(
      buildApp({ smsSender: 'Невский Апарт', smsSandbox: false }),
      /smsSender must be/,
    );
  });
});

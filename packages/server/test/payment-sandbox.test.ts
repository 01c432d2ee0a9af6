import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import Fastify, { type FastifyInstance } from 'fastify';
import { ProviderRefused, ProviderUnavailable } from '../src/payments/providers/types.js';
import { HttpPaymentProvider } from '../src/payments/providers/http-payment-provider.js';
import { createPaymentSandbox, signatureOf } from '../src/sandbox/payments/index.js';

// The payment sandbox stands in for an outside provider (FIN-2), so it must behave like one:
// a keyed API, idempotent creation, notices signed and retried with backoff until taken. A
// small merchant here plays the other side, answering as each test tells it to.

const retryDelaysMs = [40, 80, 160];

async function listening(app: FastifyInstance) {
  return app.listen({ port: 0, host: '127.0.0.1' });
}

describe('the payment sandbox (FIN-2)', () => {
  const sandbox = createPaymentSandbox({ retryDelaysMs, deliveryTimeoutMs: 300 });
  const { control } = sandbox;
  // closed at once at the end, whatever its clients (the adapters under test) left open
  const providerApp = Fastify({ forceCloseConnections: true });
  const merchantApp = Fastify();
  let url = '';
  let merchant = '';
  // what the merchant answers next, by the order of the notices it gets
  let answers: (number | 'hang')[] = [];
  const received: { signature: string; body: string }[] = [];

  before(async () => {
    await providerApp.register(sandbox.plugin, { prefix: '/provider' });
    url = `${await listening(providerApp)}/provider`;
    merchantApp.addContentTypeParser('application/json', { parseAs: 'string' }, (_r, body, done) =>
      done(null, body),
    );
    merchantApp.post('/notices', async (request, reply) => {
      received.push({
        signature: String(request.headers['sandbox-signature']),
        body: String(request.body),
      });
      const answer = answers.shift() ?? 204;
      if (answer === 'hang') await new Promise((resolve) => setTimeout(resolve, 1000));
      return reply.code(answer === 'hang' ? 204 : answer).send();
    });
    merchant = await listening(merchantApp);
  });
  after(async () => {
    await providerApp.close();
    await merchantApp.close();
  });

  const provider = () =>
    new HttpPaymentProvider({
      baseUrl: url,
      apiKey: control.apiKey,
      webhookSecret: control.webhookSecret,
      timeoutMs: 300,
    });
  const order = (reference: string) => ({
    amount: 4200,
    currency: 'PLN',
    reference,
    description: 'Leśna 5 — LES5-012',
    returnUrl: 'https://portal.example/back?atrium-payment=1',
    notifyUrl: `${merchant}/notices`,
    locale: 'pl' as const,
  });
  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${url}/v1/payments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });

  it('takes only its API key', async () => {
    assert.equal((await post(order('r-1'))).status, 401);
    const wrong = await post(order('r-1'), { authorization: 'Bearer sk_pay_guess' });
    assert.equal(wrong.status, 401);
    const status = await fetch(`${url}/v1/payments/pay_x`);
    assert.equal(status.status, 401);
    assert.equal(control.payments().length, 0);
  });

  it('gives the same payment for the same Idempotency-Key, and refuses the key for another', async () => {
    const headers = { authorization: `Bearer ${control.apiKey}`, 'idempotency-key': 'k-1' };
    const first = await post(order('r-2'), headers);
    const again = await post(order('r-2'), headers);
    assert.equal(first.status, 201);
    assert.equal(again.status, 201);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    const [a, b] = [(await first.json()) as { id: string }, (await again.json()) as { id: string }];
    assert.equal(a.id, b.id);
    const other = await post({ ...order('r-2'), amount: 1 }, headers);
    assert.equal(other.status, 422);
    const bad = await post(
      { ...order('r-3'), notifyUrl: 'ftp://merchant' },
      {
        authorization: headers.authorization,
      },
    );
    assert.deepEqual(await bad.json(), { code: 'invalid_request', field: 'notifyUrl' });
  });

  it('opens its page in the payer’s language, as the merchant asked', async () => {
    const opened = await provider().create(order('r-lang'));
    assert.match(opened.redirectUrl, /\/pay\/pay_[0-9a-f]+\?lang=pl$/);
    const page = await fetch(opened.redirectUrl);
    assert.match(await page.text(), /<html lang="pl"/);
  });

  it('retries a notice the merchant refuses, waiting longer each time, until it is taken', async () => {
    const opened = await provider().create(order('r-4'));
    answers = [500, 503];
    control.complete(opened.ref, 'succeeded');
    await control.deliveriesSettled();
    const [delivery] = control.deliveries().filter((d) => d.event.data.payment.id === opened.ref);
    assert.equal(delivery?.state, 'delivered');
    assert.deepEqual(
      delivery.attempts.map((a) => a.status),
      [500, 503, 204],
    );
    const [first, second, third] = delivery.attempts.map((a) => a.at);
    assert.ok((second ?? 0) - (first ?? 0) >= (retryDelaysMs[0] ?? 0));
    assert.ok((third ?? 0) - (second ?? 0) >= (retryDelaysMs[1] ?? 0));
  });

  it('gives up on a merchant that never takes the notice, or never answers, after its retries', async () => {
    const refused = await provider().create(order('r-5'));
    answers = [500, 500, 500, 500];
    control.complete(refused.ref, 'declined');
    await control.deliveriesSettled();
    const slow = await provider().create(order('r-6'));
    answers = ['hang', 204];
    control.complete(slow.ref, 'cancelled');
    await control.deliveriesSettled();
    const of = (ref: string) => control.deliveries().find((d) => d.event.data.payment.id === ref);
    assert.equal(of(refused.ref)?.state, 'failed');
    assert.equal(of(refused.ref)?.attempts.length, retryDelaysMs.length + 1);
    assert.equal(of(refused.ref)?.event.type, 'payment.failed');
    assert.deepEqual(
      of(slow.ref)?.attempts.map((a) => a.status),
      [null, 204],
      'a timed-out attempt has no answer',
    );
    assert.equal(of(slow.ref)?.event.type, 'payment.cancelled');
  });

  it('signs each notice with HMAC-SHA256 over its timestamp and body, which the adapter checks', async () => {
    const opened = await provider().create(order('r-7'));
    received.length = 0;
    control.complete(opened.ref, 'succeeded');
    await control.deliveriesSettled();
    const [notice] = received;
    assert.ok(notice);
    const t = Number(/^t=(\d+),v1=[0-9a-f]{64}$/.exec(notice.signature)?.[1]);
    assert.equal(notice.signature, signatureOf(control.webhookSecret, t, notice.body));
    const verify = (body: string, headers: Record<string, string>) =>
      provider().verifyEvent(Buffer.from(body), headers);
    const checked = verify(notice.body, { 'sandbox-signature': notice.signature });
    assert.equal(checked.kind, 'event');
    assert.deepEqual(checked.kind === 'event' && checked.event.payment, {
      ref: opened.ref,
      reference: 'r-7',
      status: 'succeeded',
      failure: null,
      amount: 4200,
      currency: 'PLN',
    });
    const now = Math.floor(Date.now() / 1000);
    const signed = (at: number, secret = control.webhookSecret) => ({
      'sandbox-signature': signatureOf(secret, at, notice.body),
    });
    // the clock may tick between signing and checking: well inside the five minutes
    assert.equal(verify(notice.body, signed(now - 290)).kind, 'event');
    assert.deepEqual(verify(notice.body, signed(now - 301)), { kind: 'forged' }, 'stale');
    assert.deepEqual(verify(notice.body, signed(now, 'whsec_other')), { kind: 'forged' }, 'forged');
    assert.deepEqual(verify(`${notice.body} `, signed(now)), { kind: 'forged' }, 'changed');
    const rolled = `t=${now},v1=${'0'.repeat(64)},v1=${signed(now)['sandbox-signature'].split('v1=')[1]}`;
    assert.equal(verify(notice.body, { 'sandbox-signature': rolled }).kind, 'event', 'any v1');
    assert.deepEqual(
      verify('{}', { 'sandbox-signature': signatureOf(control.webhookSecret, now, '{}') }),
      { kind: 'malformed', field: 'id' },
      'signed, but not an event',
    );
  });

  it('is unavailable to the adapter when it fails, hangs or cannot be reached; a refusal (4xx) is an answer', async () => {
    for (const how of ['error', 'hang'] as const) {
      control.fail(1, { how, on: 'status' });
      await assert.rejects(provider().status('pay_unknown'), ProviderUnavailable, how);
    }
    assert.equal(await provider().status('pay_unknown'), null, 'a payment it does not know');
    await assert.rejects(
      provider().create({
        ...order('r-9'),
        returnUrl: `https://portal.example/${'x'.repeat(2048)}`,
      }),
      ProviderRefused,
      'an address over its limit',
    );
    const stranger = new HttpPaymentProvider({
      baseUrl: url,
      apiKey: 'sk_pay_not_ours',
      webhookSecret: control.webhookSecret,
    });
    await assert.rejects(stranger.status('pay_unknown'), ProviderRefused, 'another key');
    const elsewhere = new HttpPaymentProvider({
      baseUrl: 'http://127.0.0.1:9',
      apiKey: control.apiKey,
      webhookSecret: control.webhookSecret,
    });
    await assert.rejects(elsewhere.create(order('r-8')), ProviderUnavailable, 'refused');
  });
});

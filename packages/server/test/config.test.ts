import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { optionsFromEnv, trustProxyFromEnv } from '../src/config.js';
import { HttpLoyaltyProvider } from '../src/payments/providers/http-loyalty-provider.js';
import { HttpPaymentProvider } from '../src/payments/providers/http-payment-provider.js';

describe('configuration from the environment', () => {
  it('TRUST_PROXY is a hop count or a list of proxies, never "trust every hop"', () => {
    assert.equal(trustProxyFromEnv(undefined), false);
    assert.equal(trustProxyFromEnv('0'), false);
    const oneHop = trustProxyFromEnv('1');
    assert.equal(typeof oneHop, 'function');
    // proxy-addr asks hop by hop, starting from the socket's peer (0)
    const trusts = oneHop as (address: string, hop: number) => boolean;
    assert.deepEqual([trusts('10.0.0.1', 0), trusts('10.0.0.2', 1)], [true, false]);
    assert.deepEqual(trustProxyFromEnv('10.0.0.0/8, 127.0.0.1,loopback'), [
      '10.0.0.0/8',
      '127.0.0.1',
      'loopback',
    ]);
    for (const wrong of ['true', 'yes', '10.0.0.0/33', 'proxy.example']) {
      assert.throws(() => trustProxyFromEnv(wrong), /TRUST_PROXY/, wrong);
    }
  });

  it('the dev outbox is off in production and whenever SMTP_URL is set', () => {
    assert.equal(optionsFromEnv({}).devRoutes, true);
    assert.equal(optionsFromEnv({ NODE_ENV: 'production' }).devRoutes, false);
    assert.equal(optionsFromEnv({ SMTP_URL: 'smtp://mail.example:587' }).devRoutes, false);
  });

  it('FIN-2 the payment and loyalty providers come from their variables, all of a provider’s or none', () => {
    const payment = {
      PAYMENT_PROVIDER_URL: 'https://pay.example/api',
      PAYMENT_PROVIDER_KEY: 'sk_live_1',
      PAYMENT_WEBHOOK_SECRET: 'whsec_1',
    };
    const loyalty = { LOYALTY_PROVIDER_URL: 'https://points.example', LOYALTY_PROVIDER_KEY: 'k' };
    assert.deepEqual(optionsFromEnv({}).paymentProviders, {});
    const both = optionsFromEnv({ ...payment, ...loyalty }).paymentProviders;
    assert.ok(both?.payments instanceof HttpPaymentProvider);
    assert.ok(both.loyalty instanceof HttpLoyaltyProvider);
    const onlyPayments = optionsFromEnv(payment).paymentProviders;
    assert.deepEqual(Object.keys(onlyPayments ?? {}), ['payments']);
    assert.throws(
      () => optionsFromEnv({ PAYMENT_PROVIDER_URL: 'https://pay.example/api' }),
      /PAYMENT_PROVIDER_URL needs PAYMENT_PROVIDER_KEY, PAYMENT_WEBHOOK_SECRET too/,
    );
    assert.throws(
      () => optionsFromEnv({ LOYALTY_PROVIDER_KEY: 'k' }),
      /LOYALTY_PROVIDER_KEY needs LOYALTY_PROVIDER_URL too/,
    );
    assert.throws(
      () => optionsFromEnv({ ...payment, PAYMENT_PROVIDER_URL: 'pay.example' }),
      /PAYMENT_PROVIDER_URL must be an http\(s\) address/,
    );
  });

  it('FIN-2 the sandboxes stand in for missing providers except in production, unless told', () => {
    assert.equal(optionsFromEnv({}).paymentSandboxes, true);
    assert.equal(optionsFromEnv({ NODE_ENV: 'production' }).paymentSandboxes, false);
    assert.equal(
      optionsFromEnv({ NODE_ENV: 'production', PAYMENT_SANDBOXES: '1' }).paymentSandboxes,
      true,
    );
    assert.equal(optionsFromEnv({ PAYMENT_SANDBOXES: 'off' }).paymentSandboxes, false);
  });

  it('JOB_POLL_MS sets every job’s pause, a positive whole number of ms or nothing', () => {
    assert.equal(optionsFromEnv({}).jobPollMs, undefined);
    assert.equal(optionsFromEnv({ JOB_POLL_MS: '200' }).jobPollMs, 200);
    for (const wrong of ['0', '-5', '1.5', 'fast']) {
      assert.throws(() => optionsFromEnv({ JOB_POLL_MS: wrong }), /JOB_POLL_MS/, wrong);
    }
  });
});

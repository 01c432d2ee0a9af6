import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { optionsFromEnv, trustProxyFromEnv } from '../src/config.js';

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
});

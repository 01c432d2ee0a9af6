// The SDK in real Chromium: bundled for the browser (no Node built-ins may leak in), served
// by the test peer from the same origin, keeping the refresh token in real localStorage.
import assert from 'node:assert/strict';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { after, before, test } from 'node:test';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { ANNA, annaMe, authPeer } from './auth-peer.js';
import { startPeer, TENANT, type Handler, type Peer } from './peer.js';

type Sdk = typeof import('../src/index.js');

const entry = fileURLToPath(new URL('../src/index.ts', import.meta.url));
let bundle: string;
let peer: Peer;
let browser: Browser;

const serve =
  (type: string, body: () => string): Handler =>
  (_request, response) => {
    response.writeHead(200, { 'content-type': type }).end(body());
  };

async function bundleOf(contents: string): Promise<string> {
  const result = await build({
    stdin: { contents, resolveDir: dirname(entry), loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    minify: true,
    write: false,
  });
  return result.outputFiles[0]?.text ?? '';
}

const gzipSize = (code: string) => gzipSync(code, { level: 9 }).length;

before(async () => {
  bundle = await bundleOf(`export * from './index.ts';`);
  peer = await startPeer({
    ...authPeer().routes,
    'GET /': serve('text/html', () => '<!doctype html><title>sdk</title>'),
    'GET /sdk.js': serve('text/javascript', () => bundle),
  });
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'],
  });
});

after(async () => {
  await browser?.close();
  await peer?.close();
});

// The login widget's budget (46 kB gzip) covers lit, i18next, ky, zod/mini and the SDK.
test('the browser bundle of the whole SDK stays small', () => {
  assert.ok(gzipSize(bundle) < 15_000, `${gzipSize(bundle)} bytes gzip`);
});

test('a client without validators tree-shakes zod away', async () => {
  const clientOnly = await bundleOf(`export { createAtriumClient } from './index.ts';`);
  assert.ok(gzipSize(clientOnly) < 9_000, `${gzipSize(clientOnly)} bytes gzip`);
  assert.doesNotMatch(clientOnly, /strictObject|\$ZodType/);
  assert.match(bundle, /\$ZodType/);
});

test('AUTH-2 in Chromium, localStorageTokenStore keeps the session across a reload', async () => {
  const page = await browser.newPage();
  await page.goto(`${peer.url}/`);

  const stored = await page.evaluate(
    async ({ tenant, anna, script }) => {
      const sdk = (await import(script)) as Sdk;
      const atrium = sdk.createAtriumClient({
        baseUrl: location.origin,
        tenant,
        tokenStore: sdk.localStorageTokenStore('atrium.refresh'),
      });
      await atrium.auth.signIn(anna);
      return localStorage.getItem('atrium.refresh');
    },
    { tenant: TENANT, anna: ANNA, script: '/sdk.js' },
  );
  assert.equal(stored, 'rt-1');

  await page.reload();
  const afterReload = await page.evaluate(
    async ({ tenant, script }) => {
      const sdk = (await import(script)) as Sdk;
      const atrium = sdk.createAtriumClient({
        baseUrl: location.origin,
        tenant,
        locale: 'ru',
        tokenStore: sdk.localStorageTokenStore('atrium.refresh'),
      });
      const signedIn = atrium.auth.isSignedIn();
      const me = await atrium.people.me();
      const rotated = localStorage.getItem('atrium.refresh');
      await atrium.auth.signOut();
      return { signedIn, me, rotated, cleared: localStorage.getItem('atrium.refresh') };
    },
    { tenant: TENANT, script: '/sdk.js' },
  );

  assert.deepEqual(afterReload, { signedIn: true, me: annaMe, rotated: 'rt-2', cleared: null });
  assert.equal(peer.received('POST /auth/refresh').length, 1);
  assert.equal(peer.received('GET /me')[0]?.headers['accept-language'], 'ru');
  await page.close();
});

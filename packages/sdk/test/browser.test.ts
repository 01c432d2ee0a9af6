// The SDK in real Chromium: bundled for the browser (no Node built-ins may leak in), loaded
// by a page of another origin than the reference server's (CORS), keeping the refresh token
// in real localStorage and taking turns with other tabs under real Web Locks.
import assert from 'node:assert/strict';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { after, before, test } from 'node:test';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startPeer, type Handler, type Peer } from './peer.js';
import {
  ANNA,
  expireAccessTokens,
  startRealServer,
  TENANT,
  type RealServer,
} from './real-server.js';

type Sdk = typeof import('../src/index.js');
type Tab = typeof globalThis & {
  atrium: import('../src/index.js').AtriumClient;
  refreshes: number;
};

const entry = fileURLToPath(new URL('../src/index.ts', import.meta.url));
const STORAGE_KEY = 'atrium.refresh';
let bundle: string;
let site: Peer;
let server: RealServer;
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
  site = await startPeer({
    'GET /': serve('text/html', () => '<!doctype html><title>sdk</title>'),
    'GET /sdk.js': serve('text/javascript', () => bundle),
  });
  server = await startRealServer({ corsOrigins: [site.url] });
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'],
  });
});

after(async () => {
  await browser?.close();
  await site?.close();
  await server?.close();
});

/** Loads the SDK in the page and keeps a client on `globalThis.atrium`, counting refreshes. */
async function openTab(page: Page): Promise<void> {
  await page.goto(`${site.url}/`);
  await page.evaluate(
    async ({ baseUrl, tenant, key }) => {
      const sdk = (await import('/sdk.js' as string)) as Sdk;
      const tab = globalThis as Tab;
      tab.refreshes = 0;
      tab.atrium = sdk.createAtriumClient({
        baseUrl,
        tenant,
        tokenStore: sdk.localStorageTokenStore(key),
        hooks: {
          beforeRequest: [
            (request) => {
              if (request.url.endsWith('/auth/refresh')) tab.refreshes++;
            },
          ],
        },
      });
    },
    { baseUrl: server.url, tenant: TENANT, key: STORAGE_KEY },
  );
}

// What a page loads per widget is budgeted in bench/budgets.json (measured with rollup).
test('a client without validators tree-shakes zod away', async () => {
  const clientOnly = await bundleOf(`export { createAtriumClient } from './index.ts';`);
  assert.ok(gzipSize(clientOnly) < 11_600, `${gzipSize(clientOnly)} bytes gzip`);
  assert.doesNotMatch(clientOnly, /strictObject|\$ZodType/);
  assert.match(bundle, /\$ZodType/);
});

test('AUTH-2 in Chromium, localStorageTokenStore keeps the session across a reload', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await openTab(page);

  const stored = await page.evaluate(async (anna) => {
    const session = await (globalThis as Tab).atrium.auth.signIn(anna);
    return { session: session.refreshToken, kept: localStorage.getItem('atrium.refresh') };
  }, ANNA);
  assert.equal(stored.kept, stored.session);

  await openTab(page); // a reload: a fresh client, with only the stored refresh token
  const afterReload = await page.evaluate(async () => {
    const { atrium, refreshes } = globalThis as Tab;
    const signedIn = atrium.auth.isSignedIn();
    const me = await atrium.people.me();
    const rotated = localStorage.getItem('atrium.refresh');
    await atrium.auth.signOut();
    return {
      signedIn,
      name: me.name,
      rotated,
      refreshes,
      cleared: localStorage.getItem('atrium.refresh'),
    };
  });

  assert.equal(afterReload.signedIn, true);
  assert.equal(afterReload.name, 'Anna Nowak');
  assert.ok(afterReload.rotated && afterReload.rotated !== stored.kept);
  assert.equal(afterReload.cleared, null);
  await context.close();
});

test('AUTH-2 two tabs sharing localStorage refresh at once and both stay signed in', async (t) => {
  const context = await browser.newContext();
  const tabs = [await context.newPage(), await context.newPage()] as const;
  await openTab(tabs[0]);
  await tabs[0].evaluate((anna) => (globalThis as Tab).atrium.auth.signIn(anna), ANNA);
  await openTab(tabs[0]); // reloaded: no access token, only the stored refresh token
  await openTab(tabs[1]);

  // Both tabs need an access token at the same moment and hold the same refresh token. The
  // second exchange must wait for the first and spend its successor, or the server would
  // take it for a replayed token and revoke the sign-in in both tabs.
  const bothCall = () =>
    Promise.all(
      tabs.map((tab) =>
        tab.evaluate(async () => {
          const { atrium } = globalThis as Tab;
          const me = await atrium.people.me().then(
            (person) => person.name,
            (error: { code: string }) => error.code,
          );
          return {
            me,
            signedIn: atrium.auth.isSignedIn(),
            refreshes: (globalThis as Tab).refreshes,
          };
        }),
      ),
    );

  const reopened = await bothCall();
  assert.deepEqual(reopened, [
    { me: 'Anna Nowak', signedIn: true, refreshes: 1 },
    { me: 'Anna Nowak', signedIn: true, refreshes: 1 },
  ]);

  // Later both access tokens expire together (the server's clock moves on).
  expireAccessTokens(t);
  const expired = await bothCall();
  assert.deepEqual(expired, [
    { me: 'Anna Nowak', signedIn: true, refreshes: 2 },
    { me: 'Anna Nowak', signedIn: true, refreshes: 2 },
  ]);

  // The sign-in was never revoked: its one session is still listed, and still rotates.
  const sessions = await tabs[0].evaluate(async () => {
    const { atrium } = globalThis as Tab;
    await atrium.auth.refresh();
    return (await atrium.auth.listSessions()).items.filter((s) => s.current).length;
  });
  assert.equal(sessions, 1);
  await context.close();
});

test('TKT-1 in Chromium, a photo upload reports its progress and a refused one its problem', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await openTab(page);
  const result = await page.evaluate(async (anna) => {
    const { atrium } = globalThis as Tab;
    await atrium.auth.signIn(anna);
    // 3 MB behind a PNG signature, the header the server checks.
    const bytes = new Uint8Array(3 * 1024 * 1024);
    bytes.set([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
    ]);
    const progress: number[] = [];
    const upload = await atrium.tickets.uploadPhoto(new Blob([bytes], { type: 'image/png' }), {
      // a method, not an arrow: tsx would wrap a named arrow in a helper the page lacks
      onProgress(loaded) {
        progress.push(loaded);
      },
    });
    const lying = await atrium.tickets
      .uploadPhoto(new Blob(['not a picture'], { type: 'image/png' }), { onProgress() {} })
      .catch((error: { status: number; code: string }) => ({
        status: error.status,
        code: error.code,
      }));
    await atrium.auth.signOut();
    return { size: upload.size, total: bytes.length, progress, lying };
  }, ANNA);
  assert.equal(result.size, result.total);
  assert.equal(result.progress[0], 0);
  assert.equal(result.progress.at(-1), result.total);
  // How often the browser reports depends on the link; on loopback it may be just once.
  assert.deepEqual(
    result.progress,
    [...result.progress].sort((a, b) => a - b),
  );
  assert.deepEqual(result.lying, { status: 415, code: 'unsupported_media_type' });
  await context.close();
});

// The demo portal as a resident meets it: a plain integrator page loading the script-tag
// bundle, driven in the system Chromium against the real server (AUTH-2, ORG-2).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { startServer } from '../../packages/server/dist/index.js';
import { chromiumLaunchOptions } from '../lib/chromium.mjs';

let server;
let browser;

before(async () => {
  server = await startServer({ port: 0, database: { memory: true }, demo: true });
  browser = await chromium.launch(chromiumLaunchOptions);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('an owner signs in on the demo portal, stays signed in on reload, and signs out', async () => {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()} ${r.url()}`));

  await page.goto(server.url + '/');
  const email = page.locator('input[autocomplete="username"]');
  await email.fill('irina@nevsky-apart.example');
  await page.locator('input[autocomplete="current-password"]').fill('Nevsky-2026');
  await page.keyboard.press('Enter');

  const signedIn = page.getByText('Ирина Соколова');
  await signedIn.first().waitFor();

  await page.reload();
  await signedIn.first().waitFor();

  await page.getByRole('button', { name: /выйти/i }).click();
  await email.waitFor();
  assert.equal(await email.inputValue(), '');
  assert.deepEqual(problems, [], 'no script errors or CSP violations on the page');
});

test('the Polish community has its own portal in Polish with its own colours', async () => {
  const page = await browser.newPage();
  await page.goto(server.url + '/lesna-5/');
  await page
    .getByText(/zaloguj/i)
    .first()
    .waitFor();
  const primary = await page.evaluate(() =>
    globalThis
      .getComputedStyle(globalThis.document.querySelector('atrium-login'))
      .getPropertyValue('--atrium-color-primary'),
  );
  const branding = await (await fetch(server.url + '/t/lesna-5/branding')).json();
  assert.equal(primary.trim().toLowerCase(), branding.colors.primary.toLowerCase());
});

test('a second copy of the library on the page neither throws nor breaks the widget', async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(server.url + '/');
  await page.locator('input[autocomplete="username"]').waitFor();
  // A distinct URL is a distinct module: a second bundle, as two integrations would load it.
  await page.addScriptTag({ type: 'module', url: '/assets/atrium.js?copy=2' });
  await page.evaluate(() => import('/assets/atrium.js?copy=3'));

  await page.locator('input[autocomplete="username"]').fill('irina@nevsky-apart.example');
  await page.locator('input[autocomplete="current-password"]').fill('Nevsky-2026');
  await page.keyboard.press('Enter');
  await page.getByText('Ирина Соколова').first().waitFor();
  assert.deepEqual(errors, []);
});

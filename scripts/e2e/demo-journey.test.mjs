// The demo portal as a resident meets it: a plain integrator page loading the script-tag
// bundle, driven in the system Chromium against the real server (AUTH-2, ORG-2).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { startServer } from '../../packages/server/dist/index.js';
import { chromiumLaunchOptions } from '../lib/chromium.mjs';
import { checkAnswersOf, violations } from '../../packages/server/test/contract.ts';
import { pdfText } from '../../packages/server/test/pdf-text.ts';
import { tinyPng } from '../../packages/server/src/demo/tiny-png.ts';

let server;
let browser;

before(async () => {
  server = await startServer({ port: 0, database: { memory: true }, demo: true });
  checkAnswersOf(server.app.server);
  browser = await chromium.launch(chromiumLaunchOptions);
});

after(async () => {
  await browser?.close();
  await server?.close();
  assert.deepEqual(violations, [], 'every answer the portal got matches the contract');
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

// Money as the Russian page writes it; PDF readers turn no-break spaces into plain ones.
const rubles = (minor) =>
  new Intl.NumberFormat('ru', { style: 'currency', currency: 'RUB' }).format(minor / 100);
const plainSpaces = (text) => text.replace(/\s+/g, ' ');

test('an owner picks an apartment, reads a figure the database holds, and downloads its statement (OWN-1, OWN-2, OWN-5)', async () => {
  const { rows } = await server.app.db.withSystem((sql) =>
    sql.query(
      `SELECT u.id, to_char(m.month, 'YYYY-MM') AS month, m.accommodation_revenue::int AS revenue
         FROM stats_monthly m
         JOIN units u ON u.id = m.unit_id
         JOIN tenants t ON t.id = m.tenant_id
        WHERE t.slug = 'demo-hotel' AND u.number = '101'
        ORDER BY m.month DESC LIMIT 1`,
    ),
  );
  const [latest] = rows;
  assert.ok(latest, 'the demo has a completed month for apartment 101');

  const page = await browser.newPage({ acceptDownloads: true });
  await page.goto(server.url + '/');
  await page.locator('input[autocomplete="username"]').fill('irina@nevsky-apart.example');
  await page.locator('input[autocomplete="current-password"]').fill('Nevsky-2026');
  await page.keyboard.press('Enter');

  const stats = page.locator('atrium-apartment-stats');
  await stats.locator('[part="picker"] select').selectOption(latest.id);
  await stats.getByRole('button', { name: 'Таблица' }).click();
  // oldest first: the newest completed month is the last row
  const monthRow = stats.locator('[part="table"] tbody tr').last();
  await monthRow.waitFor();
  assert.match(
    plainSpaces(await monthRow.innerText()),
    new RegExp(plainSpaces(rubles(latest.revenue))),
  );

  const reports = page.locator('atrium-reports');
  const statement = reports.locator(
    `button[part="download"][data-report="statement-${latest.id}-${latest.month}"][data-format="pdf"]`,
  );
  const [download] = await Promise.all([page.waitForEvent('download'), statement.click()]);
  const file = await download.path();
  const { readFile } = await import('node:fs/promises');
  const bytes = await readFile(file);
  assert.equal(bytes.subarray(0, 5).toString('latin1'), '%PDF-');
  assert.match(download.suggestedFilename(), /\.pdf$/);
  assert.ok(plainSpaces(await pdfText(bytes)).includes(plainSpaces(rubles(latest.revenue))));
});

/** Calls the tenant's API as `person`, as staff at their desk would through the SDK. */
async function apiAs(tenant, person) {
  const api = `${server.url}/t/${tenant}`;
  const signIn = await fetch(`${api}/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(person),
  });
  const { accessToken } = await signIn.json();
  return async (path, body) => {
    const response = await fetch(api + path, {
      method: body ? 'POST' : 'GET',
      headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' },
      body: body && JSON.stringify(body),
    });
    assert.ok(response.ok, `${path}: ${response.status}`);
    return response.json();
  };
}

// A reading `more` above the last one, as a Polish resident types it (decimal comma).
const typedAbove = (reading, more) => (Number(reading.value) + more).toFixed(3).replace('.', ',');

test('a resident sends readings, confirms an implausible one, reports a fault with a photo and sees staff take it on (MTR-1, TKT-1)', async () => {
  const anna = { email: 'anna@lesna5.example', password: 'Lesna5-Haslo!' };
  const asAnna = await apiAs('lesna-5', anna);
  const { items: meters } = await asAnna('/meters');
  const coldWater = meters.find((meter) => meter.kind === 'cold_water');
  const hotWater = meters.find((meter) => meter.kind === 'hot_water');
  assert.ok(coldWater?.lastReading && hotWater?.lastReading, 'Anna has water meters with history');

  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(server.url + '/lesna-5/');
  await page.locator('input[autocomplete="username"]').fill(anna.email);
  await page.locator('input[autocomplete="current-password"]').fill(anna.password);
  await page.keyboard.press('Enter');

  const readings = page.locator('atrium-meter-readings');
  const meter = (id) => readings.locator(`[part="meter"][data-meter="${id}"]`);
  await meter(coldWater.id).locator('[part="input"]').fill(typedAbove(coldWater.lastReading, 2));
  await meter(hotWater.id).locator('[part="input"]').fill(typedAbove(hotWater.lastReading, 900));
  await readings.locator('[part="submit"]').click();
  // The jump is refused with its reason and nothing is stored until it is confirmed.
  const confirm = meter(hotWater.id).locator('[part="confirm"]');
  await confirm.waitFor();
  await confirm
    .locator('textarea')
    .fill('Wymiana instalacji w łazience, woda spuszczana kilka dni.');
  await confirm.locator('[part="confirm-action"]').click();
  await meter(hotWater.id).locator('[part="flagged"]').waitFor();
  await meter(coldWater.id).locator('[part="stored"]').waitFor();
  const [flagged] = (await asAnna(`/meters/${hotWater.id}/readings?limit=1`)).items;
  assert.equal(flagged.flagged, true);
  assert.equal(flagged.period, new Date().toISOString().slice(0, 7));

  const tickets = page.locator('atrium-fault-tickets');
  await tickets.locator('[part="report"]').click();
  const form = tickets.locator('[part="form"]');
  await form.locator('select[name="category"]').selectOption('plumbing');
  await form
    .locator('textarea[name="description"]')
    .fill('Przecieka syfon pod umywalką w łazience, woda kapie na podłogę.');
  await form.locator('input[type="file"]').setInputFiles({
    name: 'syfon.png',
    mimeType: 'image/png',
    buffer: tinyPng(12, 8, (x, y) => [40 * x, 30 * y, 200]),
  });
  await form.locator('[part="photo"][data-state="uploaded"]').waitFor();
  await form.locator('[part="submit"]').click();
  await tickets.locator('[part="photo-image"]').waitFor();
  const [reported] = (await asAnna('/tickets?limit=1')).items;
  assert.equal(reported.photoCount, 1);
  assert.equal(reported.status, 'new');

  const asKatarzyna = await apiAs('lesna-5', {
    email: 'katarzyna@lesna5.example',
    password: 'Zarzad-2026!',
  });
  await asKatarzyna(`/tickets/${reported.id}/status`, {
    status: 'in_progress',
    comment: 'Hydraulik przyjdzie jutro między 9 a 12.',
  });
  await page.reload();
  const row = page.locator(`atrium-fault-tickets [part="row"][data-ticket="${reported.id}"]`);
  await row.locator('[part="badge"]', { hasText: 'W realizacji' }).waitFor();
  assert.deepEqual(problems, []);
});

test('an owner votes on the open meeting, sees her votes counted, and reads the closed one’s protocol (VOTE-1..3)', async () => {
  const anna = { email: 'anna@lesna5.example', password: 'Lesna5-Haslo!' };
  const asAnna = await apiAs('lesna-5', anna);
  const [open] = (await asAnna('/meetings?status=open')).items;
  const [closed] = (await asAnna('/meetings?status=closed')).items;
  assert.ok(open && closed, 'the demo has an open and a closed meeting');
  const before = await asAnna(`/meetings/${open.id}`);
  const [unit] = before.myUnits;
  assert.deepEqual(unit.votes, [], 'Anna has not voted yet');

  const page = await browser.newPage({ acceptDownloads: true });
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(server.url + '/lesna-5/');
  await page.locator('input[autocomplete="username"]').fill(anna.email);
  await page.locator('input[autocomplete="current-password"]').fill(anna.password);
  await page.keyboard.press('Enter');

  const voting = page.locator('atrium-voting');
  await voting.locator(`[part="open"][data-meeting="${open.id}"]`).click();
  const choices = ['for', 'against', 'abstain'];
  for (const [i, resolution] of before.resolutions.entries()) {
    const vote = voting.locator(
      `[part="vote"][data-resolution="${resolution.id}"][data-unit="${unit.unitId}"]`,
    );
    await vote.locator(`[part="choice"][data-choice="${choices[i % 3]}"]`).click();
  }
  await voting.locator('[part="review"]').click();
  await voting.locator('[part="send"]').click();
  await voting.locator('[part="saved"]').waitFor();

  const after = await asAnna(`/meetings/${open.id}`);
  assert.deepEqual(
    after.myUnits[0].votes.map((vote) => vote.choice),
    before.resolutions.map((_, i) => choices[i % 3]),
  );
  assert.equal(after.meeting.votesPending, 0);
  const { rows } = await server.app.db.withSystem((sql) =>
    sql.query(
      `SELECT count(*)::int AS versions FROM votes v JOIN people p ON p.id = v.person_id
        WHERE v.meeting_id = $1 AND p.email = $2`,
      [open.id, anna.email],
    ),
  );
  assert.equal(rows[0].versions, before.resolutions.length, 'one stored vote per resolution');

  await voting.locator('[part="back"]').click();
  await voting.locator(`[part="open"][data-meeting="${closed.id}"]`).click();
  const results = await asAnna(`/meetings/${closed.id}`);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    voting.locator('[part="protocol"]').click(),
  ]);
  const { readFile } = await import('node:fs/promises');
  const bytes = await readFile(await download.path());
  assert.equal(bytes.subarray(0, 5).toString('latin1'), '%PDF-');
  const text = plainSpaces(await pdfText(bytes));
  assert.ok(text.includes(results.meeting.title), 'the protocol names the meeting');
  assert.deepEqual(problems, []);
});

/** Waits until `locator`'s text, its spaces folded, is `expected`. */
async function textBecomes(locator, expected, timeout = 10000) {
  const end = Date.now() + timeout;
  let text = plainSpaces(await locator.innerText());
  while (text !== expected && Date.now() < end) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    text = plainSpaces(await locator.innerText());
  }
  assert.equal(text, expected);
}

// Money as the Polish page writes it.
const zloty = (minor) =>
  new Intl.NumberFormat('pl', { style: 'currency', currency: 'PLN' }).format(minor / 100);

test('a resident pays part of the debt through the sandbox’s payment page and sees the balance change (FIN-1, FIN-2)', async () => {
  const anna = { email: 'anna@lesna5.example', password: 'Lesna5-Haslo!' };
  const asAnna = await apiAs('lesna-5', anna);
  const [before] = (await asAnna('/accounts')).items;
  assert.ok(before && before.balance < -10000, 'Anna owes more than 100 zł');

  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  await page.goto(server.url + '/lesna-5/');
  await page.locator('input[autocomplete="username"]').fill(anna.email);
  await page.locator('input[autocomplete="current-password"]').fill(anna.password);
  await page.keyboard.press('Enter');

  const payments = page.locator('atrium-payments');
  const owed = payments.locator('[part="balance-amount"] strong');
  assert.equal(plainSpaces(await owed.innerText()), plainSpaces(zloty(-before.balance)));
  await payments.getByLabel('Inną kwotę').check();
  await payments.locator('input[name="amount"]').fill('100,00');
  await payments.locator('[part="pay"]').click();

  // The provider's page: the amount, and the person pays.
  await page.waitForURL(/\/sandbox\/payments\/pay\//);
  await page.locator('button[value="succeeded"]').click();

  // Back on the portal: the outcome said, the address clean again, the balance 100 zł lower.
  await payments.locator('[part="payment-result"][data-outcome="succeeded"]').waitFor();
  const after = before.balance + 10000;
  await textBecomes(owed, plainSpaces(zloty(-after)));
  assert.equal(new URL(page.url()).pathname, '/lesna-5/');
  assert.equal(new URL(page.url()).search, '');
  const [account] = (await asAnna('/accounts')).items;
  assert.equal(account.balance, after);
  const [entry] = (await asAnna(`/accounts/${account.id}/entries?limit=1`)).items;
  assert.deepEqual([entry.kind, entry.method, entry.amount], ['payment', 'online', 10000]);
  assert.deepEqual(problems, []);
});

test('an owner on the board reads the board’s internal notice and it counts as read (ANN-1, ORG-4)', async () => {
  const anna = { email: 'anna@lesna5.example', password: 'Lesna5-Haslo!' };
  const asAnna = await apiAs('lesna-5', anna);
  const before = await asAnna('/announcements');
  const notice = before.items.find(
    (a) => !a.read && a.audience.roles?.length === 1 && a.audience.roles[0] === 'board_member',
  );
  assert.ok(notice, 'the demo has an unread board notice for Anna');

  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(server.url + '/lesna-5/');
  await page.locator('input[autocomplete="username"]').fill(anna.email);
  await page.locator('input[autocomplete="current-password"]').fill(anna.password);
  await page.keyboard.press('Enter');

  const announcements = page.locator('atrium-announcements');
  const item = announcements.locator(`[part="toggle"][data-announcement="${notice.id}"]`);
  await item.click();
  await announcements.locator('[part="body"]:visible').first().waitFor();
  const end = Date.now() + 10000;
  let after = await asAnna('/announcements');
  while (after.unread !== before.unread - 1 && Date.now() < end) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    after = await asAnna('/announcements');
  }
  assert.equal(after.unread, before.unread - 1, 'the server counts it read');
  assert.equal(after.items.find((a) => a.id === notice.id)?.read, true);
  assert.deepEqual(problems, []);
});

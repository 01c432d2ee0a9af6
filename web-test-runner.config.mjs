// Element tests in the system Chromium against the REAL Atrium server, started in-process
// with an in-memory database and the demo tenants. Needs packages/sdk and packages/server
// built first: npm run build -w @atrium/sdk -w @atrium/server
import { build } from 'esbuild';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromiumLaunchOptions } from './scripts/lib/chromium.mjs';
import { tsImport } from 'tsx/esm/api';

/**
 * Test only: moves the close of a meeting not yet closed to `seconds` from now on the
 * server's own clock, through its own database, and answers the new close (ISO). A window
 * set through the API closes on a whole minute (LocalDateTime has no seconds); this lets a
 * test see a real close in seconds, every check on the server (its clock, its locks) as is.
 */
async function closeMeetingIn(server, { meetingId, seconds }) {
  const { rows } = await server.app.db.withSystem((sql) =>
    sql.query(
      `UPDATE meetings SET closes_at = clock_timestamp() + $2::float8 * interval '1 second'
        WHERE id = $1 AND clock_timestamp() < closes_at AND results_frozen_at IS NULL
        RETURNING closes_at`,
      [meetingId, seconds],
    ),
  );
  if (!rows[0]) throw new Error(`meeting ${meetingId} is closed or unknown`);
  return rows[0].closes_at.toISOString();
}

/**
 * Test only: a person's click on the payment sandbox's page (FIN-2), from Node since the page
 * is on the server's origin: the page must offer the outcome; its form is posted, and the
 * address the sandbox sends the browser back to (the portal page, `atrium-payment=<id>`) is
 * answered.
 */
async function payAtSandbox({ url, outcome }) {
  const page = await fetch(url);
  const html = await page.text();
  if (!page.ok || !html.includes(`value="${outcome}"`)) {
    throw new Error(`the payment page ${url} offers no ${outcome} (${page.status})`);
  }
  const answer = await fetch(url, {
    method: 'POST',
    body: new URLSearchParams({ outcome }),
    redirect: 'manual',
  });
  if (answer.status !== 303) throw new Error(`the payment page answered ${answer.status}`);
  return answer.headers.get('location');
}

/**
 * Test only: a bank transfer of `amount` minor units booked on an account, as the manager
 * books one (no API books transfers yet), for the month the account is charged for now.
 */
async function bookTransfer(server, { accountId, amount }) {
  await server.app.db.withSystem((sql) =>
    sql.query(
      `INSERT INTO account_entries (tenant_id, account_id, kind, title, month, amount)
       SELECT a.tenant_id, a.id, 'payment', 'payment',
              (SELECT max(e.month) FROM account_entries e WHERE e.account_id = a.id), $2
         FROM accounts a WHERE a.id = $1`,
      [accountId, amount],
    ),
  );
}

/**
 * Test only: makes the server's own payment or loyalty sandbox fail as a test plans (see
 * packages/server/src/sandbox/faults.ts): `fail` its next `count` calls, `flap` every other
 * call, or `recover`; the widget meets the failure over HTTP as it would a real provider's.
 */
function sandboxFault(server, { provider, action, count, fault }) {
  const control = server.app.paymentSandboxes[provider];
  if (!control) throw new Error(`the server has no ${provider} sandbox`);
  if (action === 'fail') control.fail(count, fault);
  else if (action === 'flap') control.flap(fault);
  else control.recover();
  return true;
}

/**
 * Starts the servers with the test runner and tells the test pages where they are: one that
 * lets the test pages' origin in, and one that refuses it (origin_not_allowed).
 */
function atriumServer() {
  let server;
  let refusing;
  let contract;
  return {
    name: 'atrium-server',
    async serverStart({ config }) {
      const { startServer } = await import('./packages/server/dist/index.js');
      const common = { port: 0, database: { memory: true }, demo: true };
      [server, refusing] = await Promise.all([
        startServer({
          ...common,
          corsOrigins: [`http://${config.hostname}:${config.port}`],
          devRoutes: true,
        }),
        startServer(common),
      ]);
      // every answer the widgets get is checked by the server suites' contract validator
      contract = await tsImport('./packages/server/test/contract.ts', import.meta.url);
      for (const running of [server, refusing]) contract.checkAnswersOf(running.app.server);
    },
    async serverStop() {
      await Promise.all([server?.close(), refusing?.close()]);
    },
    async executeCommand({ command, payload }) {
      // Reads the dev outbox from Node: the page's origin is not the server's.
      if (command === 'atrium-outbox') {
        const url = `${server.url}/dev/outbox.json?to=${encodeURIComponent(payload.to)}`;
        return (await fetch(url)).json();
      }
      // Reads the SMS sandbox from Node, as a phone reads its messages (DIR-5 codes).
      if (command === 'atrium-sms') {
        const url = `${server.url}/sandbox/sms/messages.json?to=${encodeURIComponent(payload.to)}`;
        return (await fetch(url)).json();
      }
      // what broke the contract since the last asking (a test file's answers)
      if (command === 'atrium-contract-violations') return contract.violations.splice(0);
      if (command === 'atrium-close-meeting') return closeMeetingIn(server, payload);
      if (command === 'atrium-sandbox-pay') return payAtSandbox(payload);
      if (command === 'atrium-sandbox-fault') return sandboxFault(server, payload);
      if (command === 'atrium-book-transfer') return bookTransfer(server, payload).then(() => true);
      return undefined;
    },
    get urls() {
      return { baseUrl: server.url, refusingBaseUrl: refusing.url };
    },
  };
}

/**
 * Serves the story tests as one esbuild bundle: Storybook's test helpers pull in CommonJS
 * packages (aria-query) that the browser cannot import one module at a time.
 */
function bundledStoryTests() {
  return {
    name: 'bundled-story-tests',
    async serve({ path }) {
      if (!/^\/stories\/.*\.test\.ts$/.test(path)) return undefined;
      const { outputFiles } = await build({
        entryPoints: [`.${path}`],
        bundle: true,
        format: 'esm',
        write: false,
        sourcemap: 'inline',
        tsconfig: 'stories/tsconfig.json',
        define: { 'process.env.NODE_ENV': '"development"' },
      });
      return { body: outputFiles[0].text, type: 'js' };
    },
  };
}

const atrium = atriumServer();

export default {
  files: ['packages/elements/src/**/*.test.ts', 'stories/**/*.test.ts'],
  nodeResolve: true,
  // Two cores, one server and its rate limits shared by every file: one page at a time.
  concurrency: 1,
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: chromiumLaunchOptions,
    }),
  ],
  plugins: [
    bundledStoryTests(),
    esbuildPlugin({ ts: true, tsconfig: 'packages/elements/tsconfig.json' }),
    atrium,
  ],
  testFramework: { config: { timeout: 15000 } },
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="en">
  <head><script>window.ATRIUM_TEST = ${JSON.stringify(atrium.urls)};</script></head>
  <body><script type="module" src="${testFramework}"></script></body>
</html>`,
};

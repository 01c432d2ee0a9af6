// Element tests in the system Chromium against the REAL Atrium server, started in-process
// with an in-memory database and the demo tenants. Needs packages/sdk and packages/server
// built first: npm run build -w @atrium/sdk -w @atrium/server
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromiumLaunchOptions } from './scripts/lib/chromium.mjs';

/** Starts the server with the test runner and tells the test pages where it is. */
function atriumServer() {
  let server;
  return {
    name: 'atrium-server',
    async serverStart({ config }) {
      const { startServer } = await import('./packages/server/dist/index.js');
      server = await startServer({
        port: 0,
        database: { memory: true },
        demo: true,
        corsOrigins: [`http://${config.hostname}:${config.port}`],
        devRoutes: true,
      });
    },
    async serverStop() {
      await server?.close();
    },
    // Reads the dev outbox from Node: the page's origin is not the server's.
    async executeCommand({ command, payload }) {
      if (command !== 'atrium-outbox') return undefined;
      const url = `${server.url}/dev/outbox.json?to=${encodeURIComponent(payload.to)}`;
      return (await fetch(url)).json();
    },
    get baseUrl() {
      return server.url;
    },
  };
}

const atrium = atriumServer();

export default {
  files: ['packages/elements/src/**/*.test.ts'],
  nodeResolve: true,
  // Two cores, one server and its rate limits shared by every file: one page at a time.
  concurrency: 1,
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: chromiumLaunchOptions,
    }),
  ],
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'packages/elements/tsconfig.json' }), atrium],
  testFramework: { config: { timeout: 15000 } },
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="en">
  <head><script>window.ATRIUM_TEST = ${JSON.stringify({ baseUrl: atrium.baseUrl })};</script></head>
  <body><script type="module" src="${testFramework}"></script></body>
</html>`,
};

// Element tests in the system Chromium against the REAL Atrium server, started in-process
// with an in-memory database and the demo tenants. Needs packages/sdk and packages/server
// built first: npm run build -w @atrium/sdk -w @atrium/server
import { build } from 'esbuild';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromiumLaunchOptions } from './scripts/lib/chromium.mjs';

/**
 * Starts the servers with the test runner and tells the test pages where they are: one that
 * lets the test pages' origin in, and one that refuses it (origin_not_allowed).
 */
function atriumServer() {
  let server;
  let refusing;
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
    },
    async serverStop() {
      await Promise.all([server?.close(), refusing?.close()]);
    },
    // Reads the dev outbox from Node: the page's origin is not the server's.
    async executeCommand({ command, payload }) {
      if (command !== 'atrium-outbox') return undefined;
      const url = `${server.url}/dev/outbox.json?to=${encodeURIComponent(payload.to)}`;
      return (await fetch(url)).json();
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

#!/usr/bin/env node
// The command line: `node dist/server.js`, configured by the environment (src/config.ts).
import { optionsFromEnv } from './config.js';
import { startServer } from './index.js';

const server = await startServer(optionsFromEnv());
server.app.log.info(`Atrium listening on ${server.url}`);

let closing = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    if (closing) return;
    closing = true;
    server.app.log.info(`${signal}: closing`);
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        server.app.log.error({ err: error }, 'close failed');
        process.exit(1);
      },
    );
  });
}

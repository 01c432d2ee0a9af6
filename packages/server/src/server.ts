#!/usr/bin/env node
// The command line: `node dist/server.js`, configured by the environment (src/config.ts).
import { optionsFromEnv } from './config.js';
import { startServer } from './index.js';

const options = optionsFromEnv();
const server = await startServer(options);
server.app.log.info(`Atrium listening on ${server.url}`);
if (options.demo) {
  // For the person who just typed `npm start`, above the JSON log lines.
  console.log(
    [
      `Atrium demo on ${server.url}`,
      `  Невский Апарт (ru):  ${server.url}/`,
      `  Leśna 5 (pl):        ${server.url}/lesna-5/`,
      `  API docs:            ${server.url}/docs`,
      ...(options.devRoutes ? [`  sent e-mail:         ${server.url}/dev/outbox`] : []),
      ...(options.smsSandbox ? [`  sent SMS:            ${server.url}/sandbox/sms`] : []),
    ].join('\n'),
  );
}

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

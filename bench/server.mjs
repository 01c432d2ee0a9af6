// Server figures on embedded PGlite (in memory): start-up with migrations and demo data,
// sign-in latency (argon2id-bound by design) and authenticated read throughput.
import { performance } from 'node:perf_hooks';
import { startServer } from '../packages/server/dist/index.js';
import { createAtriumClient } from '../packages/sdk/dist/index.js';

const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function throughput(run, { concurrency, seconds }) {
  const until = performance.now() + seconds * 1000;
  let count = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < until) {
        await run();
        count += 1;
      }
    }),
  );
  return Math.round(count / seconds);
}

export async function measureServer() {
  const started = performance.now();
  const server = await startServer({ port: 0, database: { memory: true }, demo: true });
  const startMs = performance.now() - started;
  try {
    const client = createAtriumClient({ baseUrl: server.url, tenant: 'demo-hotel' });
    const credentials = { email: 'irina@nevsky-apart.example', password: 'Nevsky-2026' };
    const signIns = [];
    for (let i = 0; i < 5; i += 1) {
      const t = performance.now();
      await client.auth.signIn(credentials);
      signIns.push(performance.now() - t);
    }
    return {
      'server.start.pglite_memory.ms': Math.round(startMs),
      'auth.sign-in.median.ms': Math.round(median(signIns)),
      'people.me.pglite.rps': await throughput(() => client.people.me(), {
        concurrency: 16,
        seconds: 3,
      }),
      'tenants.branding.pglite.rps': await throughput(() => client.tenants.branding(), {
        concurrency: 16,
        seconds: 3,
      }),
    };
  } finally {
    await server.close();
  }
}

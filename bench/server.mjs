// Server figures: start-up with migrations and demo data, sign-in latency (argon2id-bound by
// design) and authenticated read throughput, on embedded PGlite (in memory) and, when
// TEST_DATABASE_URL names one, on a fresh database of that PostgreSQL server.
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
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

/** Runs `run` on a fresh database of the PostgreSQL at adminUrl, dropped afterwards. */
export async function withPostgres(adminUrl, run) {
  const name = `atrium_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  try {
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    return await run({ url: url.href });
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

export async function measureServer() {
  const figures = await measureEngine('pglite', { memory: true });
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (adminUrl) {
    Object.assign(figures, await withPostgres(adminUrl, (db) => measureEngine('postgres', db)));
  }
  return figures;
}

async function measureEngine(engine, database) {
  const started = performance.now();
  const server = await startServer({ port: 0, database, demo: true });
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
      [`server.start.${engine}.ms`]: Math.round(startMs),
      [`auth.sign-in.${engine}.median_ms`]: Math.round(median(signIns)),
      [`people.me.${engine}.rps`]: await throughput(() => client.people.me(), {
        concurrency: 16,
        seconds: 3,
      }),
      [`tenants.branding.${engine}.rps`]: await throughput(() => client.tenants.branding(), {
        concurrency: 16,
        seconds: 3,
      }),
    };
  } finally {
    await server.close();
  }
}

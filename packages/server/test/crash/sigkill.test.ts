// Crash safety: the built server, in a process of its own, under a resident's steady writes
// (tickets, payments, meter readings, votes), killed with SIGKILL at random moments and
// started again, 20 times on each engine. Every write it acknowledged must be there after
// each restart, whole, and the write in flight at the kill, sent again with its idempotency
// key, must happen once. PGlite runs on a data folder, as `npm start` does: a killed process
// loses nothing it acknowledged, since its writes are in the operating system's hands
// (PGlite does not fsync, so a power cut might; see the README).
//
// CRASH_KILLS (default 20) and CRASH_SEED (default below) replay a run.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { createAtriumClient, type AtriumClient } from '@atrium/sdk';
import fc from 'fast-check';
import { openPool, type DatabaseOptions } from '../../src/db/pool.js';
import { createPaymentSandbox } from '../../src/sandbox/payments/index.js';
import { checkedFetch, violations } from '../contract.js';
import { engines, type Engine } from '../databases.js';
import {
  paymentStream,
  readingStream,
  ServerGone,
  ticketStream,
  voteStream,
  type Resident,
  type WriteStream,
} from './writes.js';
import { startServerProcess } from '../server-process.js';
import { serve } from '../suite-service.js';

const kills = Number(process.env.CRASH_KILLS ?? 20);
const seed = Number(process.env.CRASH_SEED ?? 20261124);
const anna = { email: 'anna@lesna5.example', password: 'Lesna5-Haslo!' };

interface CrashDatabase {
  /** How the server's environment names it. */
  env: Record<string, string>;
  /** How the test opens it once the server is gone. */
  options: DatabaseOptions;
  drop(): Promise<unknown>;
}

async function crashDatabase(engine: Engine): Promise<CrashDatabase> {
  if (engine.name === 'postgres') {
    const database = await engine.create({ seeded: true });
    const { url } = database.options as { url: string };
    return { env: { DATABASE_URL: url }, options: database.options, drop: database.drop };
  }
  const folder = await mkdtemp(join(tmpdir(), 'atrium-crash-'));
  const options: DatabaseOptions = { dataDir: join(folder, 'pglite') };
  return {
    env: { DATA_DIR: options.dataDir },
    options,
    drop: () => rm(folder, { recursive: true, force: true }),
  };
}

/** The payment provider in a process that outlives the server's kills, as a real one does. */
async function startPaymentProvider() {
  const sandbox = createPaymentSandbox();
  const { url, close } = await serve(sandbox.plugin);
  return {
    env: {
      PAYMENT_PROVIDER_URL: url,
      PAYMENT_PROVIDER_KEY: sandbox.control.apiKey,
      PAYMENT_WEBHOOK_SECRET: sandbox.control.webhookSecret,
    },
    close,
  };
}

/** A port free now, kept across restarts: a payment's return address names it. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error()),
      );
    });
  });
}

async function signedIn(url: string): Promise<AtriumClient> {
  // the SDK retries a write cut off with its key, until it gives up: then it is in doubt
  const client = createAtriumClient({ baseUrl: url, tenant: 'lesna-5', fetch: checkedFetch });
  await client.auth.signIn(anna);
  return client;
}

/** Anna's flat 12, its account, its cold-water meter and the open meeting of the demo. */
async function residentOf(
  client: AtriumClient,
  url: string,
): Promise<Resident & { meterLitres: number }> {
  const me = await client.people.me();
  const unitId = me.units.find((unit) => unit.number === '12')?.id;
  const [account] = (await client.payments.accounts()).items;
  const online = (await client.payments.types()).items.find((type) => type.kind === 'money');
  const meter = (await client.meters.list({ unitId })).items.find((m) => m.kind === 'cold_water');
  const open = (await client.voting.list()).items.find((m) => m.status === 'open');
  assert.ok(unitId && account && online && meter && open, 'the demo has what the run writes');
  const meeting = await client.voting.get(open.id);
  return {
    personId: me.id,
    unitId,
    accountId: account.id,
    onlinePaymentTypeId: online.id,
    meterId: meter.id,
    meterLitres: Math.round(Number((meter.windowReading ?? meter.lastReading)?.value) * 1000),
    meetingId: open.id,
    resolutionIds: meeting.resolutions.map((r) => r.id),
    returnUrl: `${url}/lesna-5/`,
  };
}

/** Sends each stream's writes one after another until the server is gone. */
async function writeUntilGone(client: AtriumClient, streams: WriteStream[]) {
  await Promise.all(
    streams.map(async (stream) => {
      try {
        for (;;) await stream.step(client);
      } catch (error) {
        if (!(error instanceof ServerGone)) throw error;
      }
    }),
  );
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// The engines' runs go side by side: each has its own server, port and database.
describe('crash safety', { concurrency: true }, () => {
  for (const engine of engines) {
    it(`on ${engine.name}: ${kills} SIGKILLs under tickets, payments, readings and votes (TKT-1, FIN-2, MTR-1, VOTE-3): every acknowledged write is there whole after each restart, a write in doubt sent again happens once`, async (t) => {
      const delays = fc.sample(fc.integer({ min: 50, max: 1500 }), { numRuns: kills, seed });
      const database = await crashDatabase(engine);
      const provider = await startPaymentProvider();
      const env = { ...database.env, ...provider.env, PORT: String(await freePort()) };
      let server = await startServerProcess(env);
      try {
        const first = await signedIn(server.url);
        const resident = await residentOf(first, server.url);
        const litres = resident.meterLitres + 100;
        const value = (litres / 1000).toFixed(3);
        await first.meters.submit({ readings: [{ meterId: resident.meterId, value }] });
        const streams = [
          ticketStream(resident, `crash ${engine.name} ${seed}`),
          paymentStream(resident),
          readingStream(resident, litres),
          voteStream(resident),
        ];
        const errors: string[] = [];
        for (const [round, delay] of delays.entries()) {
          const client = await signedIn(server.url);
          const load = writeUntilGone(client, streams);
          await sleep(delay);
          await server.kill();
          await load;
          errors.push(server.errors());
          server = await startServerProcess(env);
          const after = await signedIn(server.url);
          for (const stream of streams) {
            await stream.settle(after).catch((error: unknown) => {
              const what = `${stream.name} after kill ${round + 1} (${delay} ms)`;
              throw new Error(`${what}: ${String(error)}`, { cause: error });
            });
          }
        }
        await server.stop();
        errors.push(server.errors());
        assert.deepEqual(violations, [], 'every answer matches the contract');
        const logged = errors
          .join('')
          .split('\n')
          .filter((line) => line.startsWith('{'));
        assert.deepEqual(
          logged.filter((line) => (JSON.parse(line) as { level: number }).level >= 50),
          [],
          'no error logged',
        );
        const pool = await openPool(database.options);
        try {
          for (const stream of streams) await stream.verify(pool.pool);
          const counts = streams.map((stream) => `${stream.acknowledged()} ${stream.name}`);
          t.diagnostic(`${engine.name}: acknowledged and found ${counts.join(', ')}`);
        } finally {
          await pool.close();
        }
      } finally {
        await server.kill();
        await provider.close();
        await database.drop();
      }
    });
  }
});

// Soak: the server as `npm start` runs it (packages/server/dist/server.js, the start script's
// Node flags, configured by the environment, PGlite in a temporary folder as deployed, its
// log at info level), under a steady 100 requests/s of an owner's reads in turn for
// SOAK_MINUTES (10), its memory sampled every 10 s. The bench fails when resident memory
// still grows over the second half, once the JIT, caches and PGlite's buffers have settled.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { forkServer } from './child.mjs';
import { ownerReads, signInOwner, tenantPath } from './demo-owner.mjs';
import { load } from './load.mjs';

const minutes = Number(process.env.SOAK_MINUTES ?? 10);
const rate = 100;
const sampleSeconds = 10;
// Samples are taken after a full garbage collection (bench/memory-probe.mjs): the V8 heap then
// holds within 0.2 MB, resident memory within ±3 MB (allocator arenas, sockets' buffers),
// which over a 5-minute second half is a slope of ±0.3 MB a minute. A leak of 350 bytes a
// request at 100 requests/s is 2 MB a minute.
const slopeBoundMbPerMinute = 2;
const mb = (bytes) => Math.round((bytes / 1024 / 1024) * 10) / 10;
const round = (value) => Math.round(value * 100) / 100;

/**
 * Reads the server's standard output: the address it announces, and its last lines, to tell
 * why it stopped if it does.
 */
function watchOutput(stdout) {
  let lines = [];
  const url = new Promise((resolve) => {
    stdout.setEncoding('utf8').on('data', (chunk) => {
      lines = [...lines, ...chunk.split('\n')].slice(-20);
      const found = /Atrium demo on (\S+)/.exec(chunk);
      if (found) resolve(found[1]);
    });
  });
  return { url, tail: () => lines.join('\n') };
}

/** Least-squares slope of `key` per minute over `samples`. */
function slope(samples, key) {
  const mean = (values) => values.reduce((sum, value) => sum + value, 0) / values.length;
  const minute = mean(samples.map((s) => s.minute));
  const value = mean(samples.map((s) => s[key]));
  const covariance = samples.reduce((sum, s) => sum + (s.minute - minute) * (s[key] - value), 0);
  const variance = samples.reduce((sum, s) => sum + (s.minute - minute) ** 2, 0);
  return covariance / variance;
}

/** Steady reads for the soak's minutes; the server's memory sampled meanwhile. */
async function soak(server, output) {
  const url = await output.url;
  const { headers, expiresIn } = await signInOwner(url);
  assert.ok(minutes * 60 < expiresIn, `a ${minutes}-minute soak outlives the access token`);
  const died = new Promise((_, reject) =>
    server.child.once('exit', (code, signal) =>
      reject(
        new Error(`the server stopped (${signal ?? code}) during the soak:\n${output.tail()}`),
      ),
    ),
  );
  const samples = [];
  const started = performance.now();
  const sample = async () => {
    const { rss, heapUsed } = await server.ask('memory');
    const minute = (performance.now() - started) / 60_000;
    samples.push({ minute, rss: mb(rss), heapUsed: mb(heapUsed) });
  };
  await sample();
  const sampler = setInterval(() => server.child.connected && sample(), sampleSeconds * 1000);
  const reads = await Promise.race([
    load({
      url,
      headers,
      requests: Object.values(ownerReads).map((path) => ({ path: `${tenantPath}${path}` })),
      connections: 10,
      overallRate: rate,
      duration: minutes * 60,
    }),
    died,
  ]).finally(() => clearInterval(sampler));
  return { reads, samples };
}

export async function measureSoak() {
  const folder = mkdtempSync(join(tmpdir(), 'atrium-soak-'));
  const server = forkServer(new URL('../packages/server/dist/server.js', import.meta.url), [], {
    preload: [new URL('memory-probe.mjs', import.meta.url).href],
    env: { PORT: '0', HOST: '127.0.0.1', DATA_DIR: folder, DATABASE_URL: '', ATRIUM_DEMO: '1' },
    stdout: 'pipe',
  });
  try {
    const { reads, samples } = await soak(server, watchOutput(server.child.stdout));
    const secondHalf = samples.filter((s) => s.minute >= minutes / 2);
    const figures = {
      'soak.minutes': minutes,
      'soak.rps': reads.rps,
      'soak.p99_ms': reads.p99,
      'soak.rss_start_mb': samples[0].rss,
      'soak.rss_end_mb': samples.at(-1).rss,
      'soak.rss_slope_mb_per_min': round(slope(secondHalf, 'rss')),
      'soak.heap_used_start_mb': samples[0].heapUsed,
      'soak.heap_used_end_mb': samples.at(-1).heapUsed,
      'soak.heap_used_slope_mb_per_min': round(slope(secondHalf, 'heapUsed')),
    };
    assert.ok(
      figures['soak.rss_slope_mb_per_min'] < slopeBoundMbPerMinute,
      `resident memory grew ${figures['soak.rss_slope_mb_per_min']} MB a minute over the second half`,
    );
    return figures;
  } finally {
    if (server.child.connected) await server.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

// One load run with autocannon, reduced to the figures the benches keep. A failed or refused
// request fails the bench: a rate or a latency counted over errors would flatter the server.
import autocannon from 'autocannon';

const round = (value) => Math.round(value * 10) / 10;

/** Runs autocannon (50 connections, 5 s unless told) and gives requests/s, p50 and p99 in ms. */
export async function load(options) {
  const result = await autocannon({ connections: 50, duration: 5, ...options });
  const failed = result.errors + result.timeouts + result.non2xx;
  if (failed) {
    throw new Error(`${options.url}: ${failed} of ${result.requests.total} requests failed`);
  }
  return {
    rps: Math.round(result['2xx'] / result.duration),
    p50: round(result.latency.p50),
    p99: round(result.latency.p99),
  };
}

/** The same after a one-second run, so the JIT and the database's caches are warm. */
export async function warmLoad(options) {
  await load({ ...options, duration: 1 });
  return load(options);
}

// Read figures: the reads an owner's portal pages make (/me, owner statistics, meters,
// tickets), each under the same load (autocannon, 50 connections, 5 s) as the floor they are
// compared to: a bare Fastify route doing one primary-key SELECT of the same person through
// the same pool of the same server process (bench/api-server.mjs). An endpoint's ratio is
// the share of that floor's throughput it keeps after tenant lookup, authentication, its
// row-level-secured transaction and its response schema; p50 and p99 are in ms.
import { ownerReads, tenantPath } from './demo-owner.mjs';
import { engineInName, onEachEngine } from './engines.mjs';
import { warmLoad } from './load.mjs';
import { withApiServer } from './with-api-server.mjs';

const latencies = (name, { p50, p99 }) => ({ [`${name}.p50_ms`]: p50, [`${name}.p99_ms`]: p99 });

function measureOn(engine, database) {
  const named = (endpoint) => `read.${endpoint}${engineInName(engine)}`;
  return withApiServer(database, async ({ url, bareUrl, headers, personId }) => {
    const bare = await warmLoad({ url: `${bareUrl}/people/${personId}` });
    const figures = { [`${named('bare')}.rps`]: bare.rps, ...latencies(named('bare'), bare) };
    for (const [endpoint, path] of Object.entries(ownerReads)) {
      const read = await warmLoad({ url: `${url}${tenantPath}${path}`, headers });
      figures[`${named(endpoint)}.ratio`] = Math.round((read.rps / bare.rps) * 1000) / 1000;
      Object.assign(figures, latencies(named(endpoint), read));
    }
    return figures;
  });
}

export const measureReads = () => onEachEngine(measureOn);

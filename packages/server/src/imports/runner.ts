import { randomUUID } from 'node:crypto';
import { periodic } from '../jobs/periodic.js';
import { claimNext } from './repository.js';
import { runImport, type RunDeps } from './run.js';

/** How often a node looks for imports left by a node that stopped (an upload wakes it). */
const pollMs = 60_000;

/**
 * The import job on this node: claims waiting imports one after another and runs each to
 * its end. Any number of nodes may run it; a claim is leased, so an import whose node
 * stopped is taken up again once its lease runs out, and run from the start.
 */
export function startImports(deps: RunDeps) {
  return periodic(
    async (stopped) => {
      while (!stopped()) {
        const job = await deps.db.withSystem((sql) =>
          claimNext(sql, { claim: randomUUID(), leaseSeconds: deps.leaseSeconds }),
        );
        if (!job) return;
        await runImport(deps, job, stopped);
      }
    },
    { pollMs: deps.pollMs ?? pollMs, log: deps.log, failure: 'imports job failed' },
  );
}

import type { FastifyInstance } from 'fastify';
import { statsRoutes } from './routes.js';
import { startSnapshotScheduler } from './scheduler.js';

declare module '../config.js' {
  interface ServerOptions {
    /** Run the daily statistics snapshot job on this node (OWN-3). Default true. */
    statsScheduler?: boolean;
  }
}

/**
 * Monthly statistics of owners' units from the daily snapshot (OWN-2, OWN-3), registered
 * inside the `/t/:tenant` scope; the snapshot job runs while the app is up.
 */
export async function stats(app: FastifyInstance, options: { scheduler: boolean }) {
  if (options.scheduler) {
    const scheduler = startSnapshotScheduler({
      db: app.db,
      log: app.log,
      pollMs: app.jobPollMs,
    });
    app.addHook('onReady', async () => scheduler.wake());
    app.addHook('onClose', () => scheduler.stop());
  }
  await app.register(statsRoutes);
}

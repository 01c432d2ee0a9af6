import type { FastifyInstance } from 'fastify';
import { LiveProgress } from './progress.js';
import { startImports } from './runner.js';
import { createRoute } from './routes/create.js';
import { errorsRoute } from './routes/errors.js';
import { getRoute } from './routes/get.js';
import { listRoute } from './routes/list.js';
import { templateRoute } from './routes/template.js';

/** How long a node's claim of an import holds without being renewed. */
const leaseSeconds = 120;

/**
 * Imports of the directory from template files (DIR-4): templates, uploads checked whole and
 * then written in one transaction by this node's import job, their progress and errors.
 * Registered inside the `/t/:tenant` scope; the job serves every tenant.
 */
export async function imports(app: FastifyInstance) {
  const progress = new LiveProgress();
  const job = startImports({
    db: app.db,
    log: app.log,
    progress,
    leaseSeconds,
    pollMs: app.jobPollMs,
  });
  // imports left by a node that stopped are taken up once this one is ready
  app.addHook('onReady', async () => job.wake());
  app.addHook('onClose', () => job.stop());
  await app.register(templateRoute);
  await app.register(listRoute, { progress });
  await app.register(createRoute, { wake: () => job.wake() });
  await app.register(getRoute, { progress });
  await app.register(errorsRoute);
}

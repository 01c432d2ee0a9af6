import type { FastifyInstance } from 'fastify';
import { startResultFreezing } from './freeze-job.js';
import { castRoute } from './routes/cast.js';
import { createRoute } from './routes/create.js';
import { documentDownloadRoute } from './routes/document-download.js';
import { documentUploadRoute } from './routes/document-upload.js';
import { getRoute } from './routes/get.js';
import { listRoute } from './routes/list.js';
import { protocolRoute } from './routes/protocol.js';
import { votesRoute } from './routes/votes.js';

/**
 * Owners' meetings, area-weighted votes, frozen results and protocols (VOTE-1..3); results
 * freeze on the first read after the close, and by a job while the app is up.
 */
export async function voting(app: FastifyInstance) {
  const freezing = startResultFreezing({ db: app.db, log: app.log, pollMs: app.jobPollMs });
  app.addHook('onReady', async () => freezing.wake());
  app.addHook('onClose', () => freezing.stop());
  await app.register(listRoute);
  await app.register(createRoute);
  await app.register(getRoute);
  await app.register(castRoute);
  await app.register(votesRoute);
  await app.register(documentUploadRoute);
  await app.register(documentDownloadRoute);
  await app.register(protocolRoute);
}

import type { FastifyInstance } from 'fastify';
import { startDraftExpiry } from './photos/expiry.js';
import { commentRoute } from './routes/comment.js';
import { createRoute } from './routes/create.js';
import { getRoute } from './routes/get.js';
import { listRoute } from './routes/list.js';
import { photoDiscardRoute } from './routes/photo-discard.js';
import { photoDownloadRoute } from './routes/photo-download.js';
import { photoUploadRoute } from './routes/photo-upload.js';
import { reopenRoute } from './routes/reopen.js';
import { statusRoute } from './routes/status.js';

/**
 * Fault tickets with photos, statuses and a timeline (TKT-1); drafts expire while the app is
 * up. The secret signs the unsubscribe links of status e-mails (NOTE-2).
 */
export async function tickets(app: FastifyInstance, { secret }: { secret: string }) {
  const expiry = startDraftExpiry({ db: app.db, log: app.log, pollMs: app.jobPollMs });
  app.addHook('onReady', async () => expiry.wake());
  app.addHook('onClose', () => expiry.stop());
  await app.register(listRoute);
  await app.register(createRoute);
  await app.register(getRoute);
  await app.register(commentRoute);
  await app.register(statusRoute, { secret });
  await app.register(reopenRoute, { secret });
  await app.register(photoUploadRoute);
  await app.register(photoDiscardRoute);
  await app.register(photoDownloadRoute);
}

import type { FastifyInstance } from 'fastify';
import { createRoute } from './routes/create.js';
import { exportRoute } from './routes/export.js';
import { historyRoute } from './routes/history.js';
import { listRoute } from './routes/list.js';
import { replacementRoute } from './routes/replacement.js';
import { reviewRoute } from './routes/review.js';
import { submitRoute } from './routes/submit.js';

/** Meters and residents' readings (MTR-1, MTR-2). */
export async function meters(app: FastifyInstance) {
  await app.register(listRoute);
  await app.register(createRoute);
  await app.register(submitRoute);
  await app.register(historyRoute);
  await app.register(exportRoute);
  await app.register(replacementRoute);
  await app.register(reviewRoute);
}

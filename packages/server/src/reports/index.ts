import type { FastifyInstance } from 'fastify';
import { downloadRoute } from './routes/download.js';
import { listRoute } from './routes/list.js';
import { statementRoute } from './routes/statement.js';
import { uploadRoute } from './routes/upload.js';

/** Owners' reports (OWN-5): agent reports uploaded by managers, and monthly statements. */
export async function reports(app: FastifyInstance) {
  await app.register(listRoute);
  await app.register(uploadRoute);
  await app.register(downloadRoute);
  await app.register(statementRoute);
}

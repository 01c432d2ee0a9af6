import type { FastifyInstance } from 'fastify';
import { listRoute } from './routes/list.js';

/**
 * The audit log (AUTH-1, AUTH-3, AUTH-4): who changed what in the directory, and when. The
 * database writes most entries itself (migration 070); code adds the rest (repository.ts).
 * Registered inside the `/t/:tenant` scope.
 */
export async function audit(app: FastifyInstance) {
  await app.register(listRoute);
}

import type { FastifyInstance } from 'fastify';
import { approveRoute } from './routes/approve.js';
import { listRoute } from './routes/list.js';
import { registerRoute } from './routes/register.js';
import { rejectRoute } from './routes/reject.js';
import { requestCodeRoute } from './routes/request-code.js';

/**
 * Self-registration by phone (DIR-5): a one-time SMS code, then a person attached at once on
 * a match, else a request the managers approve or reject, the person told either way.
 * Registered inside the `/t/:tenant` scope; `secret` keys the codes' hashes.
 */
export async function registrations(app: FastifyInstance, options: { secret: string }) {
  await app.register(requestCodeRoute, options);
  await app.register(registerRoute, options);
  await app.register(listRoute);
  await app.register(approveRoute);
  await app.register(rejectRoute);
}

import type { FastifyInstance } from 'fastify';
import { createRoute } from './routes/create.js';
import { getRoute } from './routes/get.js';
import { listRoute } from './routes/list.js';
import { readRoute } from './routes/read.js';
import { updateRoute } from './routes/update.js';

/**
 * Announcements (ANN-1, ORG-4): notices with a visibility window and an audience, published
 * by managers, directors and boards, read by their audience with read marks. Registered
 * inside the `/t/:tenant` scope.
 */
export async function announcements(app: FastifyInstance) {
  await app.register(listRoute);
  await app.register(createRoute);
  await app.register(getRoute);
  await app.register(updateRoute);
  await app.register(readRoute);
}

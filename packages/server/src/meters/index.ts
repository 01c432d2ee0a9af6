import type { FastifyInstance } from 'fastify';

/** Meters and residents' readings (MTR-1, MTR-2). */
export async function meters(app: FastifyInstance) {
  void app;
}

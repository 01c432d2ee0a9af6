import type { FastifyInstance } from 'fastify';

/** Fault tickets with photos, statuses and a timeline (TKT-1). */
export async function tickets(app: FastifyInstance) {
  void app;
}

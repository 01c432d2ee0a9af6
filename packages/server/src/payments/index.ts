import type { FastifyInstance } from 'fastify';

/** Unit accounts with their charges, payments, settlements and balance (FIN-1). */
export async function payments(_app: FastifyInstance) {}

import type { FastifyInstance } from 'fastify';

/** Owners' meetings, area-weighted votes, frozen results and protocols (VOTE-1..3). */
export async function voting(_app: FastifyInstance) {}

import type { FastifyInstance } from 'fastify';
import { people } from './people/index.js';
import { places } from './places/index.js';

/**
 * The management company's directory (DIR-1..3, AUTH-1, AUTH-4): groups, quarters,
 * properties, units with their accounts and people, and portal access. Staff read it,
 * managers and directors change it; every change reaches the audit log (migration 070).
 * Registered inside the `/t/:tenant` scope.
 */
export async function directory(app: FastifyInstance) {
  await app.register(places);
  await app.register(people);
}

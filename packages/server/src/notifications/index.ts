import type { FastifyInstance } from 'fastify';
import { listCompanyRoute } from './routes/list-company.js';
import { setCompanyRoute } from './routes/set-company.js';
import { unsubscribeRoutes } from './routes/unsubscribe.js';

/**
 * Notifications (NOTE-1, NOTE-2): the company's setting of each kind, and the page and
 * one-click post of every notification e-mail's unsubscribe link. Mail is sent through
 * queue.ts; people set their own kinds in their profile. Registered inside `/t/:tenant`.
 */
export async function notifications(app: FastifyInstance, { secret }: { secret: string }) {
  await app.register(listCompanyRoute);
  await app.register(setCompanyRoute);
  await app.register(unsubscribeRoutes, { secret });
}

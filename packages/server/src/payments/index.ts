import type { FastifyInstance } from 'fastify';
import { accountsRoute } from './routes/accounts.js';
import { entriesRoute } from './routes/entries.js';
import { paymentFormRoute } from './routes/payment-form.js';

/** Unit accounts with their charges, payments, settlements and balance (FIN-1). */
export async function payments(app: FastifyInstance) {
  await app.register(accountsRoute);
  await app.register(entriesRoute);
  await app.register(paymentFormRoute);
}

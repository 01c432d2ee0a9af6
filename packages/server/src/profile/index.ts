import type { FastifyInstance } from 'fastify';
import { emailChangeRoute } from './routes/email-change.js';
import { emailConfirmationRoute } from './routes/email-confirmation.js';
import { getRoute } from './routes/get.js';
import { notificationRoute } from './routes/notification.js';
import { occupantsRoute } from './routes/occupants.js';
import { updateRoute } from './routes/update.js';

/**
 * The signed-in person's own profile (FIN-4, NOTE-1): contacts with a confirmed e-mail,
 * occupants declared per unit, and their own notification settings. Registered inside the
 * `/t/:tenant` scope.
 */
export async function profile(app: FastifyInstance) {
  await app.register(getRoute);
  await app.register(updateRoute);
  await app.register(emailChangeRoute);
  await app.register(emailConfirmationRoute);
  await app.register(occupantsRoute);
  await app.register(notificationRoute);
}

import type { FastifyInstance, preHandlerAsyncHookHandler } from 'fastify';
import fp from 'fastify-plugin';
import { authenticate } from './authenticate.js';
import { clientViewRoute } from './routes/client-view.js';
import { passwordResetRoutes } from './routes/password-reset.js';
import { refreshRoutes } from './routes/refresh.js';
import { sessionRoutes } from './routes/sessions.js';
import { signInRoute } from './routes/sign-in.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** Pre-handler for routes that need a signed-in person of the request's tenant. */
    authenticate: preHandlerAsyncHookHandler;
  }
}

/** Sign-in, refresh, sign-out, password recovery and sessions (AUTH-2); client views (AUTH-3). */
export const auth = fp(
  async (app: FastifyInstance, { secret }: { secret: string }) => {
    app.decorateRequest('auth', null);
    app.decorate('authenticate', authenticate(app, secret));
    await app.register(signInRoute, { secret });
    await app.register(refreshRoutes, { secret });
    await app.register(passwordResetRoutes);
    await app.register(sessionRoutes);
    await app.register(clientViewRoute, { secret });
  },
  { name: 'auth', dependencies: ['db', 'tenancy', 'mail'] },
);

import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { devOutbox } from './dev-outbox.js';
import { startSender } from './sender.js';
import { mailTransport } from './transport.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** Asks the sender to deliver the outbox now (after a transaction queued mail). */
    wakeMailer(): void;
  }
}

export interface MailOptions {
  smtpUrl?: string;
  from: string;
  devRoutes: boolean;
}

/** Mail: the outbox sender runs on every node while the app is up. */
export const mail = fp(
  async (app: FastifyInstance, options: MailOptions) => {
    const sender = startSender({
      db: app.db,
      transport: mailTransport(options.smtpUrl),
      from: options.from,
      log: app.log,
    });
    app.decorate('wakeMailer', sender.wake);
    app.addHook('onReady', async () => sender.wake());
    app.addHook('onClose', () => sender.stop());
    if (options.devRoutes) await app.register(devOutbox);
  },
  { name: 'mail', dependencies: ['db'] },
);

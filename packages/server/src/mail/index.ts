import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { devOutboxRoutes } from './dev-outbox.js';
import { defaultSmtpTimeoutMs, startSender } from './sender.js';
import { mailTransport } from './transport.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** Asks the sender to deliver the outbox now (after a transaction queued mail). */
    wakeMailer(): void;
  }
}

export interface MailOptions {
  smtpUrl?: string;
  /**
   * How long handing one mail to SMTP may take, connecting included, before it is given up and
   * tried again later (waits of 10 s doubling to an hour). Default 10 s.
   */
  smtpTimeoutMs?: number;
  from: string;
  /** Serve /dev/outbox; ignored when smtpUrl is set, since real mail must not be readable here. */
  devRoutes: boolean;
}

/**
 * Mail: the outbox sender runs on every node while the app is up. Only the dev outbox
 * keeps what was sent readable; otherwise the bodies (reset links!) are blanked once sent.
 */
export const mail = fp(
  async (app: FastifyInstance, options: MailOptions) => {
    const devOutbox = options.devRoutes && !options.smtpUrl;
    const sender = startSender({
      db: app.db,
      transport: mailTransport(options.smtpUrl),
      from: options.from,
      log: app.log,
      keepSent: devOutbox,
      pollMs: app.jobPollMs,
      timeoutMs: options.smtpTimeoutMs ?? defaultSmtpTimeoutMs,
    });
    app.decorate('wakeMailer', sender.wake);
    app.addHook('onReady', async () => sender.wake());
    app.addHook('onClose', () => sender.stop());
    if (devOutbox) await app.register(devOutboxRoutes);
  },
  { name: 'mail', dependencies: ['db'] },
);

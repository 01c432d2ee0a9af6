import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { createSmsSandbox } from '../sandbox/sms/index.js';
import { HttpSmsProvider } from './http-provider.js';
import { unconfiguredSmsProvider, type SmsProvider } from './provider.js';
import { defaultSmsSender, smsSender } from './sender-id.js';
import { startSmsSender } from './sender.js';

declare module 'fastify' {
  interface FastifyInstance {
    sms: {
      /** The SMS gateway (the sandbox unless the server was given one). */
      provider: SmsProvider;
      /** The sender every SMS of the server shows (SMS_SENDER), checked by isSenderId. */
      from: string;
      /** Asks the sender to deliver the outbox now (after a transaction queued an SMS). */
      wake(): void;
    };
  }
}

export interface SmsOptions {
  /** The gateway the operator configured, if any. */
  given: SmsProvider | undefined;
  /** Stand the sandbox in for a gateway not given. */
  sandbox: boolean;
  /** The sender the SMS show; default defaultSmsSender. */
  from: string | undefined;
}

/**
 * SMS (DIR-5): decorates the app with its gateway and runs the outbox sender on every node.
 * A gateway not given is, when `sandbox` says so (the demo outside production, or asked for),
 * the SMS sandbox mounted on this server at /sandbox/sms and spoken to over HTTP at the public
 * address like any outside service (its page shows the messages sent, codes included, to
 * anyone); else one that fails every send, so a code is refused honestly (503) and notices
 * wait in the outbox. Every SMS shows one sender, the server's (`from`), never a tenant's
 * name, which gateways would refuse; the tenant is named in the text.
 */
export const sms = fp(
  async (app: FastifyInstance, options: SmsOptions) => {
    const from = smsSender('smsSender', options.from ?? defaultSmsSender);
    let provider = options.given;
    if (!provider && options.sandbox) {
      const sandbox = createSmsSandbox();
      await app.register(sandbox.plugin, { prefix: '/sandbox/sms' });
      provider = new HttpSmsProvider({
        // known once the server listens, so read at each call
        baseUrl: () => {
          if (!app.site.publicUrl) throw new Error('the server is not listening yet');
          return new URL('/sandbox/sms', app.site.publicUrl).href;
        },
        apiKey: sandbox.control.apiKey,
      });
    }
    provider ??= unconfiguredSmsProvider;
    const sender = startSmsSender({ db: app.db, provider, log: app.log, pollMs: app.jobPollMs });
    app.decorate('sms', { provider, from, wake: sender.wake });
    app.addHook('onReady', async () => sender.wake());
    app.addHook('onClose', () => sender.stop());
  },
  { name: 'sms', dependencies: ['db'] },
);

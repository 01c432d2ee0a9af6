import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { Faults, Hangs, type FaultKind } from '../faults.js';
import { smsApi, type SmsOperation } from './api.js';
import { Inbox, type SandboxSms } from './inbox.js';
import { smsPages } from './page.js';

export type { FaultKind, SandboxSms, SmsOperation };

export interface SmsSandboxOptions {
  /** The API key its clients must send; default a random one (see control.apiKey). */
  apiKey?: string;
}

/** What a test (or the demo's wiring) may do to the sandbox in-process. */
export interface SmsSandboxControl {
  /** The key the API takes as `Authorization: Bearer <key>`. */
  readonly apiKey: string;
  /** The next `count` sends fail as `how` says (default error: 503 at once). */
  fail(count: number, options?: { how?: FaultKind }): void;
  /** Drops the failures planned and not yet taken. */
  recover(): void;
  /** From now on refuses to send to the phone (400 unreachable_number), as for a dead number. */
  unreachable(phone: string): void;
  /** The messages sent, to one phone or to all, newest first. */
  messages(to?: string): SandboxSms[];
}

/**
 * A stand-in for an SMS gateway (DIR-5), to mount anywhere (the server mounts it at
 * /sandbox/sms when given no gateway): its API (api.ts) takes messages under an API key and
 * an Idempotency-Key and keeps them per phone; its pages (page.ts) show them, as the phones
 * would.
 */
export function createSmsSandbox(options: SmsSandboxOptions = {}) {
  const inbox = new Inbox();
  const faults = new Faults<SmsOperation>();
  const hangs = new Hangs();
  const unreachable = new Set<string>();
  const apiKey = options.apiKey ?? `sk_sms_${randomBytes(16).toString('hex')}`;
  const control: SmsSandboxControl = {
    apiKey,
    fail: (count, { how = 'error' } = {}) => faults.plan(count, { how }),
    recover: () => faults.clear(),
    unreachable: (phone) => void unreachable.add(phone),
    messages: (to) => inbox.list(to),
  };

  async function plugin(app: FastifyInstance) {
    app.addHook('preClose', async () => hangs.releaseAll());
    // Its own answers to what it can't read, as a provider has: never the host's problem pages.
    app.setErrorHandler(async (error: { statusCode?: number }, _request, reply) => {
      const status = error.statusCode && error.statusCode < 500 ? error.statusCode : 500;
      return reply.code(status).send({ code: status < 500 ? 'invalid_request' : 'internal' });
    });
    await app.register(smsApi({ inbox, unreachable, faults, hangs, apiKey }));
    await app.register(smsPages(inbox));
  }

  return { plugin, control };
}

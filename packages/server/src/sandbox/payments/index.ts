import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { Faults, Hangs, type FaultPlan } from '../faults.js';
import { paymentsApi, type PaymentOperation } from './api.js';
import { PaymentLedger, type SandboxOutcome, type SandboxPayment } from './ledger.js';
import { Notifier, type SandboxDelivery } from './notifier.js';
import { paymentPages } from './page.js';

export {
  signatureHeader,
  signatureOf,
  type SandboxDelivery,
  type SandboxEvent,
} from './notifier.js';
export type { FaultPlan, PaymentOperation, SandboxOutcome, SandboxPayment };

export interface PaymentSandboxOptions {
  /** The API key its clients must send; default a random one (see control.apiKey). */
  apiKey?: string;
  /** The secret events are signed with; default a random one (see control.webhookSecret). */
  webhookSecret?: string;
  /** The name the payment page shows as the payee's merchant account. Default "Atrium". */
  merchant?: string;
  /**
   * Where people reach the sandbox (`…/sandbox/payments`), for the payment page's address;
   * read at each payment. Default: the origin the API was called at, and the mount prefix.
   */
  publicUrl?: () => string | undefined;
  /** Waits before each retry of an event the merchant did not take. Default 1 s, 5 s, 30 s, 2 min. */
  retryDelaysMs?: readonly number[];
  /** How long the merchant may take to answer an event. Default 5 s. */
  deliveryTimeoutMs?: number;
}

/** What a test (or the demo's wiring) may do to the sandbox in-process. */
export interface PaymentSandboxControl {
  /** The key the API takes as `Authorization: Bearer <key>`. */
  readonly apiKey: string;
  /** The secret of the events' `Sandbox-Signature`. */
  readonly webhookSecret: string;
  /** The next `count` calls (of one operation, or any) fail as the plan says (default error). */
  fail(count: number, plan?: FaultPlan<PaymentOperation>): void;
  /** From the next call on, every other call (of one operation, or any) fails, until recover(). */
  flap(plan?: FaultPlan<PaymentOperation>): void;
  /** Drops the failures planned and not yet taken, and stops the flapping. */
  recover(): void;
  /** Ends a pending payment as if the person had clicked on its page; null when not pending. */
  complete(id: string, outcome: SandboxOutcome): SandboxPayment | null;
  /** Every payment, oldest first. */
  payments(): SandboxPayment[];
  /** Keeps events back until releaseDeliveries(): the merchant hears late. */
  holdDeliveries(): void;
  releaseDeliveries(): void;
  /** The next `count` events are never sent: the merchant never hears of them. */
  dropDeliveries(count: number): void;
  /** Sends a delivered event again, freshly signed; the merchant's answer's status. */
  replay(eventId: string): Promise<number | null>;
  /** Every event and how its delivery went, oldest first. */
  deliveries(): SandboxDelivery[];
  /** Resolves once no event is being sent or waiting for a retry. */
  deliveriesSettled(): Promise<void>;
}

/**
 * A stand-in for a hosted-payment provider (FIN-2), to mount anywhere (the server mounts it at
 * /sandbox/payments when given no provider). The merchant's API (see api.ts) opens payments;
 * the person pays on the provider's page (see page.ts); the merchant hears of the outcome by a
 * signed POST to the payment's notifyUrl (see notifier.ts), retried with backoff until taken.
 */
export function createPaymentSandbox(options: PaymentSandboxOptions = {}) {
  const ledger = new PaymentLedger();
  const faults = new Faults<PaymentOperation>();
  const hangs = new Hangs();
  const apiKey = options.apiKey ?? `sk_pay_${randomBytes(16).toString('hex')}`;
  const webhookSecret = options.webhookSecret ?? `whsec_${randomBytes(24).toString('hex')}`;
  const notifier = new Notifier({
    secret: webhookSecret,
    retryDelaysMs: options.retryDelaysMs ?? [1_000, 5_000, 30_000, 120_000],
    timeoutMs: options.deliveryTimeoutMs ?? 5_000,
  });

  function complete(id: string, outcome: SandboxOutcome) {
    const payment = ledger.complete(id, outcome);
    if (payment) notifier.notify(payment);
    return payment;
  }

  const control: PaymentSandboxControl = {
    apiKey,
    webhookSecret,
    fail: (count, plan) => faults.plan(count, plan),
    flap: (plan) => faults.flap(plan),
    recover: () => faults.clear(),
    complete,
    payments: () => ledger.all(),
    holdDeliveries: () => notifier.hold(),
    releaseDeliveries: () => notifier.release(),
    dropDeliveries: (count) => notifier.drop(count),
    replay: (eventId) => notifier.replay(eventId),
    deliveries: () => notifier.list(),
    deliveriesSettled: () => notifier.idle(),
  };

  async function plugin(app: FastifyInstance) {
    const prefix = app.prefix;
    const pageOf = (id: string, origin: string, locale: string) =>
      `${options.publicUrl?.() ?? origin + prefix}/pay/${id}?lang=${locale}`;
    app.addHook('preClose', async () => {
      hangs.releaseAll();
      notifier.close();
    });
    // Its own answers to what it can't read, as a provider has: never the host's problem pages.
    app.setErrorHandler(async (error: { statusCode?: number }, _request, reply) => {
      const status = error.statusCode && error.statusCode < 500 ? error.statusCode : 500;
      return reply.code(status).send({ code: status < 500 ? 'invalid_request' : 'internal' });
    });
    await app.register(paymentsApi({ ledger, faults, hangs, apiKey, pageOf }));
    await app.register(paymentPages({ ledger, merchant: options.merchant ?? 'Atrium', complete }));
  }

  return { plugin, control };
}

import { createHmac, randomBytes } from 'node:crypto';
import type { SandboxPayment } from './ledger.js';

/** The header that carries an event's signature: `t=<unix seconds>,v1=<hex HMAC-SHA256>`. */
export const signatureHeader = 'sandbox-signature';

/** The signature of a body sent at unix time t: HMAC-SHA256(secret, "<t>.<body>") in hex. */
export const signatureOf = (secret: string, t: number, body: string | Buffer) =>
  `t=${t},v1=${createHmac('sha256', secret).update(`${t}.`).update(body).digest('hex')}`;

export interface SandboxEvent {
  id: string;
  type: 'payment.succeeded' | 'payment.failed' | 'payment.cancelled';
  /** Unix seconds. */
  created: number;
  data: { payment: SandboxPayment };
}

/** One event's way to the merchant, attempt by attempt. */
export interface SandboxDelivery {
  event: SandboxEvent;
  url: string;
  /**
   * `held` until deliveries are let go, `sending` (or waiting to retry), then `delivered`
   * (a 2xx answer), `failed` (every attempt refused) or `dropped` (never sent).
   */
  state: 'held' | 'sending' | 'delivered' | 'failed' | 'dropped';
  /** The answer's status, or null when there was none (a timeout, a refused connection). */
  attempts: { at: number; status: number | null }[];
}

export interface NotifierOptions {
  secret: string;
  /** Waits before each retry of a refused delivery; its length is the number of retries. */
  retryDelaysMs: readonly number[];
  /** How long one attempt may take. */
  timeoutMs: number;
}

/**
 * Tells merchants of payments' outcomes: a signed POST to the payment's notifyUrl, retried
 * with backoff until it is answered 2xx or the attempts run out. Never awaited by the page,
 * so a slow merchant never holds up the person's browser.
 */
export class Notifier {
  private readonly deliveries: SandboxDelivery[] = [];
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly aborts = new Set<AbortController>();
  private idleWaiters: (() => void)[] = [];
  private holding = false;
  private toDrop = 0;
  private closed = false;

  constructor(private readonly options: NotifierOptions) {}

  /** Sends the event of a payment that has just ended. */
  notify(payment: SandboxPayment) {
    const type =
      payment.status === 'succeeded'
        ? 'payment.succeeded'
        : payment.status === 'failed'
          ? 'payment.failed'
          : 'payment.cancelled';
    const event: SandboxEvent = {
      id: `evt_${randomBytes(12).toString('hex')}`,
      type,
      created: Math.floor(Date.now() / 1000),
      data: { payment },
    };
    const delivery: SandboxDelivery = {
      event,
      url: payment.notifyUrl,
      state: 'held',
      attempts: [],
    };
    this.deliveries.push(delivery);
    if (this.toDrop > 0) {
      this.toDrop--;
      delivery.state = 'dropped';
    } else if (!this.holding) this.start(delivery);
  }

  /** Keeps new events back until release(). */
  hold() {
    this.holding = true;
  }

  /** Sends the events held back, in order, and stops holding. */
  release() {
    this.holding = false;
    for (const delivery of this.deliveries) if (delivery.state === 'held') this.start(delivery);
  }

  /** The next `count` events are never sent. */
  drop(count: number) {
    this.toDrop += count;
  }

  /** Sends an event once more, freshly signed, as a provider's retry or a replay would; its status. */
  async replay(eventId: string): Promise<number | null> {
    const delivery = this.deliveries.find((d) => d.event.id === eventId);
    if (!delivery) throw new Error(`no event ${eventId}`);
    return this.send(delivery);
  }

  list(): SandboxDelivery[] {
    return this.deliveries.map((d) => ({ ...d, attempts: [...d.attempts] }));
  }

  /** Resolves once no delivery is being sent or waiting to retry. */
  idle(): Promise<void> {
    if (!this.deliveries.some((d) => d.state === 'sending')) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Stops every retry and attempt under way. */
  close() {
    this.closed = true;
    for (const timer of this.timers) clearTimeout(timer);
    for (const abort of this.aborts) abort.abort();
    this.timers.clear();
  }

  private start(delivery: SandboxDelivery) {
    delivery.state = 'sending';
    void this.attempt(delivery, 0);
  }

  private async attempt(delivery: SandboxDelivery, retry: number) {
    const status = await this.send(delivery);
    if (status !== null && status >= 200 && status < 300) return this.finish(delivery, 'delivered');
    const wait = this.options.retryDelaysMs[retry];
    if (wait === undefined || this.closed) return this.finish(delivery, 'failed');
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      void this.attempt(delivery, retry + 1);
    }, wait);
    timer.unref();
    this.timers.add(timer);
  }

  private finish(delivery: SandboxDelivery, state: 'delivered' | 'failed') {
    delivery.state = state;
    if (this.deliveries.some((d) => d.state === 'sending')) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }

  // One POST; the answer's status, or null when none came.
  private async send(delivery: SandboxDelivery): Promise<number | null> {
    if (this.closed) return null;
    const body = JSON.stringify(delivery.event);
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), this.options.timeoutMs);
    this.aborts.add(abort);
    let status: number | null;
    try {
      const response = await fetch(delivery.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'AtriumPaymentSandbox/1',
          [signatureHeader]: signatureOf(this.options.secret, Math.floor(Date.now() / 1000), body),
        },
        body,
        signal: abort.signal,
      });
      status = response.status;
      await response.body?.cancel();
    } catch {
      status = null;
    } finally {
      clearTimeout(timer);
      this.aborts.delete(abort);
    }
    delivery.attempts.push({ at: Date.now(), status });
    return status;
  }
}

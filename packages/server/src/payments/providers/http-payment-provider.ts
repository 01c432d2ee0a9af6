import { createHmac, timingSafeEqual } from 'node:crypto';
import {
  ProviderUnavailable,
  type PaymentProvider,
  type ProviderEvent,
  type ProviderPayment,
} from '../../payments/providers/types.js';

export interface SandboxPaymentOptions {
  /**
   * Where the provider's API is (`…/sandbox/payments`); a function when the address is known
   * only once the server listens, read at each call.
   */
  baseUrl: string | (() => string);
  apiKey: string;
  /** The secret the provider signs its events with. */
  webhookSecret: string;
  /** How long a call may take before the provider counts as unavailable. Default 5 s. */
  timeoutMs?: number;
  /** The oldest (or furthest ahead) an event's signature may be. Default 5 min. */
  toleranceSeconds?: number;
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null;
const text = (value: unknown) => {
  if (typeof value !== 'string' || !value) throw new Error('not a text');
  return value;
};
const amountOf = (value: unknown) => {
  if (!Number.isSafeInteger(value) || (value as number) < 1) throw new Error('not an amount');
  return value as number;
};

const statuses: readonly ProviderPayment['status'][] = [
  'pending',
  'succeeded',
  'failed',
  'cancelled',
];
const failures: readonly string[] = ['declined', 'cancelled', 'expired'];

/** The provider's payment object as the PaymentProvider interface speaks of it. */
function paymentOf(body: unknown): ProviderPayment {
  if (!isObject(body)) throw new Error('not a payment');
  const status = statuses.find((s) => s === body.status);
  if (!status) throw new Error(`a payment in status ${String(body.status)}`);
  const reason = body.failureReason;
  if (reason !== null && !failures.includes(reason as string)) throw new Error('a bad failure');
  return {
    ref: text(body.id),
    reference: text(body.reference),
    status,
    failure: status === 'pending' || status === 'succeeded' ? null : (reason as 'declined'),
    amount: amountOf(body.amount),
    currency: text(body.currency),
  };
}

/** `t=…,v1=…` as its parts: v1 may come several times while the provider rolls its secret. */
function signatureParts(header: string) {
  const pairs = header.split(',').map((part) => part.trim().split('='));
  const t = pairs.find(([name]) => name === 't')?.[1];
  const v1 = pairs.filter(([name, value]) => name === 'v1' && value).map(([, value]) => value);
  return { t: t && /^\d{1,12}$/.test(t) ? Number(t) : null, v1: v1 as string[] };
}

function sameHex(given: string, expected: string) {
  const a = Buffer.from(given, 'utf8');
  const b = Buffer.from(expected, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The payment sandbox's API over HTTP (see createPaymentSandbox), as a real provider's client
 * would speak to it: whatever is not one of the API's own answers — a timeout, a 5xx, a body of
 * another shape — is ProviderUnavailable, since nothing is known then.
 */
export class SandboxPaymentProvider implements PaymentProvider {
  readonly name = 'sandbox';

  constructor(private readonly options: SandboxPaymentOptions) {}

  async create(input: Parameters<PaymentProvider['create']>[0]) {
    const { reference, amount, currency, description, returnUrl, notifyUrl } = input;
    const body = { amount, currency, reference, description, returnUrl, notifyUrl };
    // the reference is our payment's id: asking again after a lost answer is the same payment
    return this.call('POST', '/v1/payments', body, reference, (status, answer) =>
      status === 201 && isObject(answer)
        ? { ref: paymentOf(answer).ref, redirectUrl: text(answer.redirectUrl) }
        : undefined,
    );
  }

  async status(ref: string) {
    const path = `/v1/payments/${encodeURIComponent(ref)}`;
    return this.call('GET', path, undefined, undefined, (status, answer) =>
      status === 200 ? paymentOf(answer) : undefined,
    );
  }

  verifyEvent(
    rawBody: string,
    headers: Record<string, string | string[] | undefined>,
  ): ProviderEvent | null {
    const header = headers['sandbox-signature'];
    if (typeof header !== 'string') return null;
    const { t, v1 } = signatureParts(header);
    const tolerance = this.options.toleranceSeconds ?? 300;
    if (t === null || Math.abs(Date.now() / 1000 - t) > tolerance) return null;
    const expected = createHmac('sha256', this.options.webhookSecret)
      .update(`${t}.${rawBody}`)
      .digest('hex');
    if (!v1.some((signature) => sameHex(signature, expected))) return null;
    try {
      const event = JSON.parse(rawBody) as unknown;
      if (!isObject(event) || !isObject(event.data)) return null;
      return { id: text(event.id), type: text(event.type), payment: paymentOf(event.data.payment) };
    } catch {
      return null;
    }
  }

  /** One call; `read` gives the result of an answer the API may give, undefined otherwise. */
  private async call<T>(
    method: 'GET' | 'POST',
    path: string,
    json: object | undefined,
    idempotencyKey: string | undefined,
    read: (status: number, body: unknown) => T | undefined,
  ): Promise<T> {
    const { baseUrl, apiKey, timeoutMs = 5000 } = this.options;
    const base = typeof baseUrl === 'string' ? baseUrl : baseUrl();
    try {
      const response = await fetch(base.replace(/\/$/, '') + path, {
        method,
        headers: {
          authorization: `Bearer ${apiKey}`,
          ...(json && { 'content-type': 'application/json' }),
          ...(idempotencyKey && { 'idempotency-key': idempotencyKey }),
        },
        body: json && JSON.stringify(json),
        signal: AbortSignal.timeout(timeoutMs),
      });
      const result = read(response.status, (await response.json()) as unknown);
      if (result === undefined) throw new Error(`${method} ${path} answered ${response.status}`);
      return result;
    } catch (error) {
      throw new ProviderUnavailable(this.name, error);
    }
  }
}

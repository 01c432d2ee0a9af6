import { createHmac, timingSafeEqual } from 'node:crypto';
import { isObject, Malformed, objectAt, oneOf, textAt, wholeAt, type Json } from './answers.js';
import { JsonClient, type JsonClientOptions } from './json-client.js';
import type { EventCheck, PaymentProvider, ProviderPayment } from './types.js';

export interface HttpPaymentOptions extends JsonClientOptions {
  /** The secret the provider signs its events with. */
  webhookSecret: string;
  /** The oldest (or furthest ahead) an event's signature may be. Default 5 min. */
  toleranceSeconds?: number;
}

const statuses = ['pending', 'succeeded', 'failed', 'cancelled'] as const;
const failures = ['declined', 'cancelled', 'expired'] as const;

/** The provider's payment object (at the path `at` of an answer) as ProviderPayment. */
function paymentOf(body: Json, at = ''): ProviderPayment {
  const status = oneOf(body, 'status', statuses, at);
  const ended = status === 'failed' || status === 'cancelled';
  return {
    ref: textAt(body, 'id', at),
    reference: textAt(body, 'reference', at),
    status,
    failure:
      ended && body.failureReason != null ? oneOf(body, 'failureReason', failures, at) : null,
    amount: wholeAt(body, 'amount', at, 1),
    currency: textAt(body, 'currency', at),
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
 * The payment provider's HTTP API (the one the payment sandbox serves: see
 * sandbox/payments/README.md), for production and the sandbox alike. A call's failures are as
 * JsonClient says; a payment the provider does not know is null.
 */
export class HttpPaymentProvider implements PaymentProvider {
  readonly name = 'sandbox';
  readonly maxReturnUrlLength = 2048;
  private readonly client: JsonClient;

  constructor(private readonly options: HttpPaymentOptions) {
    this.client = new JsonClient(this.name, options);
  }

  async create(input: Parameters<PaymentProvider['create']>[0]) {
    const { reference, amount, currency, description, returnUrl, notifyUrl, locale } = input;
    const json = { amount, currency, reference, description, returnUrl, notifyUrl, locale };
    // the reference is our payment's id: asking again after a lost answer is the same payment
    const call = { method: 'POST', path: '/v1/payments', json, idempotencyKey: reference } as const;
    return this.client.call(call, ({ status, body }) =>
      status === 201
        ? { ref: paymentOf(body).ref, redirectUrl: textAt(body, 'redirectUrl') }
        : undefined,
    );
  }

  async status(ref: string) {
    const path = `/v1/payments/${encodeURIComponent(ref)}`;
    return this.client.call({ method: 'GET', path }, ({ status, body }) => {
      if (status === 200) return paymentOf(body);
      if (status === 404 && body.code === 'payment_not_found') return null;
      return undefined;
    });
  }

  verifyEvent(rawBody: Buffer, headers: Record<string, string | string[] | undefined>): EventCheck {
    const header = headers['sandbox-signature'];
    if (typeof header !== 'string') return { kind: 'forged' };
    const { t, v1 } = signatureParts(header);
    const tolerance = this.options.toleranceSeconds ?? 300;
    if (t === null || Math.abs(Date.now() / 1000 - t) > tolerance) return { kind: 'forged' };
    const expected = createHmac('sha256', this.options.webhookSecret)
      .update(`${t}.`)
      .update(rawBody)
      .digest('hex');
    if (!v1.some((signature) => sameHex(signature, expected))) return { kind: 'forged' };
    try {
      const event = JSON.parse(rawBody.toString('utf8')) as unknown;
      if (!isObject(event)) return { kind: 'malformed', field: '' };
      const id = textAt(event, 'id');
      const type = textAt(event, 'type');
      const payment = objectAt(objectAt(event, 'data'), 'payment', 'data');
      return { kind: 'event', event: { id, type, payment: paymentOf(payment, 'data.payment') } };
    } catch (error) {
      // no JSON at all: the body as a whole
      return { kind: 'malformed', field: error instanceof Malformed ? error.field : '' };
    }
  }
}

import {
  ProviderUnavailable,
  type DebitResult,
  type LoyaltyProvider,
} from '../../payments/providers/types.js';

export interface SandboxLoyaltyOptions {
  /**
   * Where the sandbox's API is (`…/sandbox/loyalty`); a function when the address is known only
   * once the server listens, read at each call.
   */
  baseUrl: string | (() => string);
  apiKey: string;
  /** How long a call may take before the program counts as unavailable. Default 5 s. */
  timeoutMs?: number;
}

interface Reply {
  status: number;
  body: Record<string, unknown>;
}

const count = (value: unknown) => {
  if (!Number.isSafeInteger(value) || (value as number) < 0) throw new Error('not a count');
  return value as number;
};
const text = (value: unknown) => {
  if (typeof value !== 'string' || !value) throw new Error('not a text');
  return value;
};

/**
 * The loyalty sandbox's API over HTTP (see createLoyaltySandbox), as a real program's client
 * would speak to it: whatever is not one of the API's own answers — a timeout, a 5xx, a body
 * of another shape — is ProviderUnavailable, since nothing is known then.
 */
export class SandboxLoyaltyProvider implements LoyaltyProvider {
  readonly name = 'sandbox-loyalty';

  constructor(private readonly options: SandboxLoyaltyOptions) {}

  async lookup(cardNumber: string) {
    return this.call('POST', '/v1/cards/lookup', { cardNumber }, undefined, ({ status, body }) => {
      if (status === 200) return { balance: count(body.balance) };
      if (status === 404 && body.code === 'card_not_found') return null;
      return undefined;
    });
  }

  async debit(input: { cardNumber: string; points: number; key: string }): Promise<DebitResult> {
    const { cardNumber, points, key } = input;
    return this.call<DebitResult>('POST', '/v1/debits', { cardNumber, points }, key, (reply) => {
      const { status, body } = reply;
      if (status === 201)
        return { kind: 'debited', ref: text(body.id), balance: count(body.balance) };
      if (status === 409 && body.code === 'insufficient_points')
        return { kind: 'insufficient', balance: count(body.balance) };
      if (status === 404 && body.code === 'card_not_found') return { kind: 'unknown_card' };
      return undefined;
    });
  }

  async findDebit(key: string) {
    const path = `/v1/debits?${new URLSearchParams({ key })}`;
    return this.call('GET', path, undefined, undefined, ({ status, body }) => {
      if (status !== 200 || !Array.isArray(body.items)) return undefined;
      // a refunded debit gave its points back: there is no debit to book
      const debit = (body.items as Record<string, unknown>[]).find(
        (d) => d.key === key && d.status === 'succeeded',
      );
      return debit ? { ref: text(debit.id), points: count(debit.points) } : null;
    });
  }

  async refund(ref: string) {
    const path = `/v1/debits/${encodeURIComponent(ref)}/refund`;
    await this.call('POST', path, {}, undefined, ({ status, body }) =>
      status === 200 && body.status === 'refunded' ? true : undefined,
    );
  }

  /** One call; `read` gives the result of an answer the API may give, undefined otherwise. */
  private async call<T>(
    method: 'GET' | 'POST',
    path: string,
    json: object | undefined,
    idempotencyKey: string | undefined,
    read: (reply: Reply) => T | undefined,
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
      const body = (await response.json()) as unknown;
      if (typeof body !== 'object' || body === null) throw new Error('not a JSON object');
      const result = read({ status: response.status, body: body as Record<string, unknown> });
      if (result === undefined) throw new Error(`${method} ${path} answered ${response.status}`);
      return result;
    } catch (error) {
      throw new ProviderUnavailable(this.name, error);
    }
  }
}

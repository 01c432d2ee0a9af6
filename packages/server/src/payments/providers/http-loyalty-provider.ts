import { isObject, textAt, wholeAt } from './answers.js';
import { JsonClient, type JsonClientOptions } from './json-client.js';
import type { DebitResult, LoyaltyProvider } from './types.js';

export type HttpLoyaltyOptions = JsonClientOptions;

/**
 * The loyalty provider's HTTP API (the one the loyalty sandbox serves: see
 * createLoyaltySandbox), for production and the sandbox alike. A call's failures are as
 * JsonClient says; a card the program does not have is null.
 */
export class HttpLoyaltyProvider implements LoyaltyProvider {
  readonly name = 'sandbox-loyalty';
  private readonly client: JsonClient;

  constructor(options: HttpLoyaltyOptions) {
    this.client = new JsonClient(this.name, options);
  }

  async lookup(program: string, cardNumber: string) {
    const call = {
      method: 'POST',
      path: '/v1/cards/lookup',
      json: { program, cardNumber },
    } as const;
    return this.client.call(call, ({ status, body }) => {
      if (status === 200) return { balance: wholeAt(body, 'balance') };
      if (status === 404 && body.code === 'card_not_found') return null;
      return undefined;
    });
  }

  async debit(input: Parameters<LoyaltyProvider['debit']>[0]) {
    const { program, cardNumber, points, key } = input;
    const json = { program, cardNumber, points };
    const call = { method: 'POST', path: '/v1/debits', json, idempotencyKey: key } as const;
    return this.client.call<DebitResult>(call, ({ status, body }) => {
      if (status === 201) {
        return { kind: 'debited', ref: textAt(body, 'id'), balance: wholeAt(body, 'balance') };
      }
      if (status === 409 && body.code === 'insufficient_points') {
        return { kind: 'insufficient', balance: wholeAt(body, 'balance') };
      }
      if (status === 404 && body.code === 'card_not_found') return { kind: 'unknown_card' };
      return undefined;
    });
  }

  async findDebit(key: string) {
    const path = `/v1/debits?${new URLSearchParams({ key })}`;
    return this.client.call({ method: 'GET', path }, ({ status, body }) => {
      if (status !== 200 || !Array.isArray(body.items)) return undefined;
      // a refunded debit gave its points back: there is no debit to book
      const debit = body.items
        .filter(isObject)
        .find((d) => d.key === key && d.status === 'succeeded');
      return debit ? { ref: textAt(debit, 'id'), points: wholeAt(debit, 'points') } : null;
    });
  }

  async refund(ref: string) {
    const path = `/v1/debits/${encodeURIComponent(ref)}/refund`;
    await this.client.call({ method: 'POST', path, json: {} }, ({ status, body }) =>
      status === 200 && body.status === 'refunded' ? true : undefined,
    );
  }
}

import { textAt } from '../payments/providers/answers.js';
import { JsonClient, type JsonClientOptions } from '../payments/providers/json-client.js';
import type { SmsMessage, SmsProvider } from './provider.js';

export type HttpSmsOptions = JsonClientOptions;

/**
 * An SMS gateway's HTTP API (the one the SMS sandbox serves: see createSmsSandbox), for
 * production and the sandbox alike: `POST /v1/messages` with a Bearer key and an
 * Idempotency-Key, answered 201 with the message's id. Failures are as JsonClient says.
 */
export class HttpSmsProvider implements SmsProvider {
  readonly name = 'http-sms';
  private readonly client: JsonClient;

  constructor(options: HttpSmsOptions) {
    this.client = new JsonClient('sms', options);
  }

  async send(message: SmsMessage, idempotencyKey: string) {
    const call = { method: 'POST', path: '/v1/messages', json: message, idempotencyKey } as const;
    return this.client.call(call, ({ status, body }) =>
      status === 201 ? textAt(body, 'id') : undefined,
    );
  }
}

import { isObject, type Json } from './answers.js';
import { ProviderRefused, ProviderUnavailable } from './types.js';

export interface JsonClientOptions {
  /**
   * Where the provider's API is; a function when the address is known only once the server
   * listens (a sandbox mounted on it), read at each call.
   */
  baseUrl: string | (() => string);
  /** Sent as `Authorization: Bearer <key>`. */
  apiKey: string;
  /** How long a call may take before the provider counts as unavailable. Default 5 s. */
  timeoutMs?: number;
}

/** One call: the method, the path under the base address, a JSON body and an Idempotency-Key. */
interface Call {
  method: 'GET' | 'POST';
  path: string;
  json?: object;
  idempotencyKey?: string;
}

/**
 * A provider's JSON API over HTTP, as both adapters speak to theirs. No answer in time, no
 * connection or a 5xx is ProviderUnavailable: nothing is known, ask again later. Any other
 * answer goes to `read`; one it does not take (undefined, or Malformed: a 4xx the call does
 * not expect, a body of another shape) is ProviderRefused, since asking again would get it too.
 */
export class JsonClient {
  constructor(
    private readonly provider: string,
    private readonly options: JsonClientOptions,
  ) {}

  async call<T>(call: Call, read: (answer: { status: number; body: Json }) => T | undefined) {
    const { baseUrl, apiKey, timeoutMs = 5000 } = this.options;
    const base = typeof baseUrl === 'string' ? baseUrl : baseUrl();
    let status: number;
    let text: string;
    try {
      const response = await fetch(base.replace(/\/$/, '') + call.path, {
        method: call.method,
        headers: {
          authorization: `Bearer ${apiKey}`,
          ...(call.json && { 'content-type': 'application/json' }),
          ...(call.idempotencyKey && { 'idempotency-key': call.idempotencyKey }),
        },
        body: call.json && JSON.stringify(call.json),
        signal: AbortSignal.timeout(timeoutMs),
      });
      status = response.status;
      text = await response.text();
      if (status >= 500) throw new Error(`${call.method} ${call.path} answered ${status}`);
    } catch (error) {
      throw new ProviderUnavailable(this.provider, error);
    }
    try {
      const body = JSON.parse(text) as unknown;
      if (!isObject(body)) throw new Error('not a JSON object');
      const result = read({ status, body });
      if (result === undefined) throw new Error(`${call.method} ${call.path} answered ${status}`);
      return result;
    } catch (error) {
      throw new ProviderRefused(this.provider, status, error);
    }
  }
}

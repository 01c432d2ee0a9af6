import ky, { isHTTPError, type Hooks, type RetryOptions } from 'ky';
import type { paths } from './generated/openapi.js';
import { toAtriumError } from './errors.js';
import { idempotencyKey } from './idempotency-key.js';
import { retryAfterSeconds } from './retry-after.js';
import type { JsonBody, Locale, Method, PathParamsOf, QueryOf, SuccessBody } from './types.js';

/**
 * Integrator hooks around every HTTP request the client makes, including retries, token
 * refreshes and the replay after a refresh. The order is fixed:
 *
 * 1. The SDK sets `Authorization`, `Accept-Language` and `Idempotency-Key`.
 * 2. `beforeRequest` hooks run in the order given; each sees the request the previous one
 *    returned (or the same one when it returned nothing).
 * 3. The request is sent.
 * 4. `afterResponse` hooks run in the order given on every response, errors included; each
 *    sees the response the previous one returned.
 * 5. Only then does the SDK judge the (possibly replaced) response: retry, refresh the access
 *    token on `401 unauthenticated`, or throw an AtriumError.
 */
/* eslint-disable @typescript-eslint/no-invalid-void-type -- most hooks only look and return nothing */
export interface AtriumHooks {
  beforeRequest?: ((request: Request) => Request | void | Promise<Request | void>)[];
  afterResponse?: ((
    request: Request,
    response: Response,
  ) => Response | void | Promise<Response | void>)[];
}
/* eslint-enable @typescript-eslint/no-invalid-void-type */

export interface TransportOptions {
  baseUrl: string;
  tenant: string;
  fetch?: typeof fetch;
  locale?: Locale | (() => Locale);
  hooks?: AtriumHooks;
  /** Milliseconds per attempt. */
  timeout?: number;
  /** Retries after the first attempt, for the calls that may be retried. */
  retryLimit?: number;
}

/** One contract operation to perform. */
export interface Call<P extends keyof paths, M extends Method> {
  method: M;
  path: P;
  pathParams?: PathParamsOf<P, M>;
  query?: QueryOf<P, M>;
  json?: JsonBody<P, M>;
  /** `server` for the operations outside any tenant (`/health`). */
  scope?: 'tenant' | 'server';
  /** Sends the access token and refreshes it once on `401 unauthenticated`. */
  auth?: boolean;
  /** False for exchanges of single-use tokens, which a blind replay would spend twice. */
  retry?: boolean;
  /** Error statuses the contract answers with the success body (health's 503). */
  bodyStatuses?: number[];
  signal?: AbortSignal;
}

export type Send = <P extends keyof paths, M extends Method>(
  call: Call<P, M>,
) => Promise<SuccessBody<P, M>>;

export type Transport = <P extends keyof paths, M extends Method>(
  call: Call<P, M>,
  accessToken?: string | null,
) => Promise<SuccessBody<P, M>>;

const IDEMPOTENT_METHODS = ['get', 'head', 'put', 'delete', 'options'] as const;
const SAFE_METHODS = new Set(['get', 'head', 'options']);
const RETRY_STATUSES = [408, 429, 500, 502, 503, 504];
/** The longest `Retry-After` the SDK waits out; a longer 429 goes straight to the caller. */
export const MAX_RETRY_AFTER_MS = 30_000;

function retryPolicy(limit: number, method: Method, keyed: boolean): RetryOptions {
  return {
    limit,
    methods: keyed ? [...IDEMPOTENT_METHODS, method] : [...IDEMPOTENT_METHODS],
    statusCodes: RETRY_STATUSES,
    afterStatusCodes: [429, 503],
    maxRetryAfter: MAX_RETRY_AFTER_MS,
    delay: (attempt) => 300 * 2 ** (attempt - 1),
    backoffLimit: 5_000,
    jitter: true,
    retryOnTimeout: true,
    shouldRetry: ({ error }) => {
      if (error.name === 'AbortError' || error instanceof HookFailure) return false;
      if (isHTTPError(error) && error.response.status === 429) {
        // Waiting out a long lockout inside one call would freeze the caller: hand it over.
        const seconds = retryAfterSeconds(error.response.headers);
        if (seconds === undefined || seconds * 1000 > MAX_RETRY_AFTER_MS) return false;
      }
      return undefined;
    },
  };
}

/** Carries an error an integrator hook threw, so it reaches the caller unchanged. */
class HookFailure extends Error {}

async function runHook<T>(hook: () => T | Promise<T>): Promise<T> {
  try {
    return await hook();
  } catch (error) {
    throw new HookFailure('An integrator hook threw', { cause: error });
  }
}

// ky stops running beforeRequest hooks after one returns a Request, so the integrator's
// hooks are chained inside a single ky hook to run all of them, in order.
function kyHooks(hooks: AtriumHooks = {}): Hooks {
  const before = hooks.beforeRequest ?? [];
  return {
    beforeRequest: before.length
      ? [
          async (request) => {
            let current = request;
            for (const hook of before) current = (await runHook(() => hook(current))) ?? current;
            return current;
          },
        ]
      : [],
    // ky cancels the body it lent a hook that returns another response; a clone of our own
    // lets a hook build its replacement on `response.body`.
    afterResponse: (hooks.afterResponse ?? []).map(
      (hook) => (request: Request, _options: unknown, response: Response) =>
        runHook(() => hook(request, response.clone())),
    ),
  };
}

function fillPath(path: string, params: unknown): string {
  return path
    .slice(1)
    .replace(/\{(\w+)\}/g, (_, name: string) =>
      encodeURIComponent(String((params as Record<string, unknown>)[name])),
    );
}

/** The single request path every SDK call goes through (ky: timeout, retries, hooks). */
export function createTransport(options: TransportOptions): Transport {
  const origin = options.baseUrl.replace(/\/+$/, '');
  const prefixes = { server: origin, tenant: `${origin}/t/${encodeURIComponent(options.tenant)}` };
  const hooks = kyHooks(options.hooks);
  const retryLimit = options.retryLimit ?? 2;

  return async (call, accessToken) => {
    const method = call.method.toUpperCase();
    const retryable = call.retry !== false;
    // The same key on every attempt lets the server answer a replay without doing it twice.
    // The replay after a token refresh is a new call with a new key: the server must not
    // answer it with the 401 it remembered for the old one.
    const key = retryable && !SAFE_METHODS.has(call.method) ? idempotencyKey() : undefined;
    const locale = typeof options.locale === 'function' ? options.locale() : options.locale;
    const headers = new Headers({ accept: 'application/json, application/problem+json' });
    if (accessToken) headers.set('authorization', `Bearer ${accessToken}`);
    if (locale) headers.set('accept-language', locale);
    if (key) headers.set('idempotency-key', key);
    const bodyStatuses = call.bodyStatuses ?? [];

    try {
      const response = await ky(fillPath(call.path, call.pathParams), {
        prefixUrl: prefixes[call.scope ?? 'tenant'],
        method,
        headers,
        json: call.json,
        searchParams: call.query as Record<string, string | number | undefined> | undefined,
        signal: call.signal,
        timeout: options.timeout ?? 10_000,
        retry: retryPolicy(retryable ? retryLimit : 0, call.method, key !== undefined),
        throwHttpErrors: (status) => !bodyStatuses.includes(status),
        hooks,
        fetch: options.fetch,
      });
      const text = await response.text();
      return (text ? JSON.parse(text) : undefined) as never;
    } catch (error) {
      if (error instanceof HookFailure) throw error.cause;
      throw await toAtriumError(error, call.signal);
    }
  };
}

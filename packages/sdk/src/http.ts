import ky, { isHTTPError, type Hooks, type RetryOptions } from 'ky';
import type { paths } from './generated/openapi.js';
import { toAtriumError } from './errors.js';
import { idempotencyKey } from './idempotency-key.js';
import { retryAfterSeconds } from './retry-after.js';
import type {
  JsonBody,
  Locale,
  Method,
  PathParamsOf,
  QueryOf,
  RawContentType,
  UploadBody,
  SuccessBody,
  TakesIdempotencyKey,
} from './types.js';

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

interface CallBase<P extends keyof paths, M extends Method> {
  method: M;
  path: P;
  pathParams?: PathParamsOf<P, M>;
  query?: QueryOf<P, M>;
  json?: JsonBody<P, M>;
  /** A file sent as it is (an upload), for the operations whose body is not JSON. */
  upload?: { body: UploadBody; contentType: RawContentType<P, M> };
  /** Milliseconds per attempt when the default is too short (an upload's bytes count in it). */
  timeout?: number;
  /** `server` for the operations outside any tenant (`/health`). */
  scope?: 'tenant' | 'server';
  /** Sends the access token and refreshes it once on `401 unauthenticated`. */
  auth?: boolean;
  /** Error statuses the contract answers with the success body (health's 503). */
  bodyStatuses?: number[];
  /** Sends this call with another fetch (an upload that reports its progress). */
  fetch?: typeof fetch;
  signal?: AbortSignal;
}

/**
 * One contract operation to perform. `idempotencyKey` is required exactly for the
 * operations whose contract declares the `Idempotency-Key` header (read from the generated
 * types), so the SDK cannot send the header where the server would ignore it, nor forget it:
 * `true` for a fresh key per call, or the caller's own key (one that must survive a reload,
 * as an offline queue's does).
 */
export type Call<P extends keyof paths, M extends Method> = CallBase<P, M> &
  (TakesIdempotencyKey<P, M> extends true
    ? { idempotencyKey: true | string }
    : { idempotencyKey?: never });

export type Send = <P extends keyof paths, M extends Method>(
  call: Call<P, M>,
) => Promise<SuccessBody<P, M>>;

export type Transport = <P extends keyof paths, M extends Method>(
  call: Call<P, M>,
  accessToken?: string | null,
) => Promise<SuccessBody<P, M>>;

/**
 * A file to download: `href` is a path relative to the tenant's API root, as the contract's
 * `ReportFile.href` gives it, query included; `accept` its content type.
 */
export interface FileCall {
  href: string;
  accept: string;
  signal?: AbortSignal;
}

/** Sends one authenticated file request; the body is left unread for the caller to stream. */
export type FileSend = (call: FileCall) => Promise<Response>;

/** One HTTP exchange as the transport makes it: every typed call and download becomes one. */
interface Outgoing {
  method: Method;
  /** Relative to the scope's prefix, no leading slash; may carry its own query. */
  url: string;
  scope: 'tenant' | 'server';
  accept: string;
  query?: unknown;
  json?: unknown;
  upload?: { body: UploadBody; contentType: string } | undefined;
  /** Whether to send an `Idempotency-Key`: a fresh one (`true`) or the caller's. */
  keyed: boolean | string;
  bodyStatuses: number[];
  timeout?: number | undefined;
  fetch?: typeof fetch | undefined;
  signal?: AbortSignal | undefined;
}

/** The single request path: answers with the response, errors thrown as AtriumError. */
export type Requester = (outgoing: Outgoing, accessToken?: string | null) => Promise<Response>;

const IDEMPOTENT_METHODS = ['get', 'head', 'put', 'delete', 'options'] as const;
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
export function createRequester(options: TransportOptions): Requester {
  const origin = options.baseUrl.replace(/\/+$/, '');
  const prefixes = { server: origin, tenant: `${origin}/t/${encodeURIComponent(options.tenant)}` };
  const hooks = kyHooks(options.hooks);
  const retryLimit = options.retryLimit ?? 2;

  return async (outgoing, accessToken) => {
    // For 24 h the server answers a repeated key with its first answer instead of doing the
    // work again (openapi/shared/idempotency.yaml), so every retry of this call carries the
    // same key and a POST that declares it may be retried. Only successes are remembered, so
    // the replay after a token refresh may carry the caller's key again.
    const key = outgoing.keyed === true ? idempotencyKey() : outgoing.keyed || undefined;
    const locale = typeof options.locale === 'function' ? options.locale() : options.locale;
    const headers = new Headers({ accept: outgoing.accept });
    if (accessToken) headers.set('authorization', `Bearer ${accessToken}`);
    if (locale) headers.set('accept-language', locale);
    if (key) headers.set('idempotency-key', key);
    if (outgoing.upload) headers.set('content-type', outgoing.upload.contentType);
    const { bodyStatuses } = outgoing;

    try {
      return await ky(outgoing.url, {
        prefixUrl: prefixes[outgoing.scope],
        method: outgoing.method.toUpperCase(),
        headers,
        json: outgoing.json,
        body: outgoing.upload?.body,
        // ky replaces a query written in the URL whenever this is set, even to undefined.
        ...(outgoing.query === undefined
          ? {}
          : { searchParams: outgoing.query as Record<string, string | number> }),
        signal: outgoing.signal,
        timeout: outgoing.timeout ?? options.timeout ?? 10_000,
        retry: retryPolicy(retryLimit, outgoing.method, key !== undefined),
        throwHttpErrors: (status) => !bodyStatuses.includes(status),
        hooks,
        fetch: outgoing.fetch ?? options.fetch,
      });
    } catch (error) {
      if (error instanceof HookFailure) throw error.cause;
      throw await toAtriumError(error, outgoing.signal);
    }
  };
}

/** Typed contract calls over the request path: JSON in, JSON (or nothing) out. */
export function typedTransport(request: Requester): Transport {
  return async (call, accessToken) => {
    const response = await request(
      {
        method: call.method,
        url: fillPath(call.path, call.pathParams),
        scope: call.scope ?? 'tenant',
        accept: 'application/json, application/problem+json',
        query: call.query,
        json: call.json,
        upload: call.upload,
        keyed: call.idempotencyKey ?? false,
        bodyStatuses: call.bodyStatuses ?? [],
        timeout: call.timeout,
        fetch: call.fetch,
        signal: call.signal,
      },
      accessToken,
    );
    try {
      const text = await response.text();
      return (text ? JSON.parse(text) : undefined) as never;
    } catch (error) {
      throw await toAtriumError(error, call.signal);
    }
  };
}

/** A download over the request path: a GET of `href`, the answer's body not yet read. */
export function fileTransport(
  request: Requester,
): (call: FileCall, accessToken?: string | null) => Promise<Response> {
  return (call, accessToken) =>
    request(
      {
        method: 'get',
        url: call.href.replace(/^\/+/, ''),
        scope: 'tenant',
        accept: `${call.accept}, application/problem+json`,
        keyed: false,
        bodyStatuses: [],
        signal: call.signal,
      },
      accessToken,
    );
}

// A test peer on real HTTP that speaks the contract's shapes, for the faults the reference
// server does not produce on demand: timeouts, 5xx, Retry-After, dropped connections, and
// answers timed to observe the hooks. Behaviour is tested against the real server.
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ErrorCode, FieldError, Problem, Session } from '../src/index.js';

export const TENANT = 'acme';
export const CREDENTIALS = { email: 'anna@lesna5.example', password: 'Lesna5-Haslo!' };

/** A well-formed session whose tokens say which one it is: at-1 / rt-1, at-2 / rt-2, … */
export function numberedSession(n: number): Session {
  return {
    accessToken: `at-${n}`,
    tokenType: 'Bearer',
    expiresIn: 900,
    refreshToken: `rt-${n}`,
    refreshExpiresIn: 2_592_000,
  };
}

export interface PeerRequest {
  method: string;
  /** The path below `/t/{tenant}` (or below the origin for server-wide paths). */
  path: string;
  tenant: string | null;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: unknown;
}

export type Handler = (request: PeerRequest, response: ServerResponse) => void | Promise<void>;

export interface Peer {
  url: string;
  requests: PeerRequest[];
  /** Requests received for one route, e.g. `GET /me`. */
  received(route: string): PeerRequest[];
  close(): Promise<void>;
}

export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(JSON.stringify(body));
}

export function sendEmpty(response: ServerResponse, status: 202 | 204): void {
  response.writeHead(status).end();
}

const titles: Partial<Record<ErrorCode, string>> = {
  validation_failed: 'Invalid input',
  unauthenticated: 'Sign in first',
  invalid_refresh_token: 'The session has ended',
  too_many_attempts: 'Too many attempts',
  not_found: 'Not found',
  internal: 'Something went wrong',
};

export function sendProblem(
  response: ServerResponse,
  status: number,
  code: ErrorCode,
  extra: { errors?: FieldError[]; retryAfter?: number; detail?: string } = {},
  headers: Record<string, string> = {},
): void {
  const problem = {
    type: `https://atrium.dev/problems/${code}`,
    title: titles[code] ?? code,
    status,
    code,
    ...extra,
  } satisfies Problem;
  response.writeHead(status, { 'content-type': 'application/problem+json', ...headers });
  response.end(JSON.stringify(problem));
}

async function readBody(request: AsyncIterable<Buffer>): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? (JSON.parse(text) as unknown) : undefined;
}

/** Starts the peer on a free port; `routes` maps `METHOD /path` to a handler. */
export async function startPeer(routes: Record<string, Handler>): Promise<Peer> {
  const requests: PeerRequest[] = [];
  const server = createServer((incoming, response) => {
    void (async () => {
      const url = new URL(incoming.url ?? '/', 'http://peer');
      const match = /^\/t\/([^/]+)(\/.*)$/.exec(url.pathname);
      const request: PeerRequest = {
        method: incoming.method ?? 'GET',
        path: match?.[2] ?? url.pathname,
        tenant: match?.[1] ?? null,
        query: url.searchParams,
        headers: incoming.headers,
        body: await readBody(incoming),
      };
      requests.push(request);
      const handler = routes[`${request.method} ${request.path}`];
      if (handler) await handler(request, response);
      else sendProblem(response, 404, 'not_found');
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    received: (route) => requests.filter((r) => `${r.method} ${r.path}` === route),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

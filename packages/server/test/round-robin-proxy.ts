import { once } from 'node:events';
import { createServer, request } from 'node:http';

/** Request header: the client address the proxy reports in X-Forwarded-For (default its peer's). */
export const clientHeader = 'x-test-client';
/** Request header: the upstream to send this request to, by index; else the next in turn. */
export const pinHeader = 'x-test-upstream';
/** Response header: the index of the upstream that answered. */
export const servedByHeader = 'x-test-served-by';

export interface RoundRobinProxy {
  url: string;
  close(): Promise<void>;
}

/**
 * A reverse proxy on loopback that hands each request to the next of `upstreams` in turn (the
 * list may be filled after it starts), setting X-Forwarded-For as one trusted hop does.
 */
export async function startRoundRobin(upstreams: readonly string[]): Promise<RoundRobinProxy> {
  let turn = 0;
  const server = createServer((incoming, outgoing) => {
    const pinned = incoming.headers[pinHeader];
    const index = pinned === undefined ? turn++ % upstreams.length : Number(pinned);
    const { [clientHeader]: client, [pinHeader]: _pin, ...headers } = incoming.headers;
    const forwarded = request(
      new URL(incoming.url ?? '/', upstreams[index]),
      {
        method: incoming.method,
        headers: { ...headers, 'x-forwarded-for': client ?? incoming.socket.remoteAddress },
      },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, {
          ...answer.headers,
          [servedByHeader]: String(index),
        });
        answer.pipe(outgoing);
      },
    );
    forwarded.on('error', () => outgoing.writeHead(502).end());
    incoming.pipe(forwarded);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

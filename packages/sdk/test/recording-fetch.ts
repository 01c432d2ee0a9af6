// A fetch for clients under test: records what the SDK sends to the real server and can
// hold a route back or drop the network, to create the races and faults a test needs.

export interface SentRequest {
  method: string;
  /** The path below `/t/{tenant}`. */
  path: string;
  query: URLSearchParams;
  headers: Headers;
  body: unknown;
}

export interface RecordingFetch {
  fetch: typeof fetch;
  requests: SentRequest[];
  /** Requests sent for one route, e.g. `GET /me`. */
  received(route: string): SentRequest[];
  /** Holds every request of `route` back for `ms` before sending it. */
  delay(route: string, ms: number): void;
  /** While true, every request fails as if the network were down. */
  offline: boolean;
}

export function recordingFetch(): RecordingFetch {
  const delays = new Map<string, number>();
  const recorder: RecordingFetch = {
    requests: [],
    received: (route) => recorder.requests.filter((r) => `${r.method} ${r.path}` === route),
    delay: (route, ms) => void delays.set(route, ms),
    offline: false,
    fetch: async (input, init) => {
      const request = new Request(input, init);
      const text = await request.clone().text();
      const url = new URL(request.url);
      const sent: SentRequest = {
        method: request.method,
        path: url.pathname.replace(/^\/t\/[^/]+/, ''),
        query: url.searchParams,
        headers: request.headers,
        body: text ? (JSON.parse(text) as unknown) : undefined,
      };
      const wait = delays.get(`${sent.method} ${sent.path}`);
      if (wait) await new Promise((resolve) => setTimeout(resolve, wait));
      if (recorder.offline) throw new TypeError('fetch failed');
      recorder.requests.push(sent);
      return fetch(request);
    },
  };
  return recorder;
}

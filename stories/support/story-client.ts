// A client for stories, with no server: a small fetch answers with the contract's shapes.
import { createAtriumClient, type AtriumClient, type Branding, type Me } from '@atrium/sdk';
import { ownerMe, ownerStats, pdfBytes, reportPage } from './owner-data.js';

export const storyBranding: Branding = {
  slug: 'demo',
  name: 'Wspólnota Mieszkaniowa Leśna 5',
  defaultLocale: 'pl',
  currency: 'PLN',
  colors: {
    primary: '#166534',
    onPrimary: '#ffffff',
    loginBackground: '#f0fdf4',
    pageBackground: '#ffffff',
    text: '#14261a',
  },
  logoUrl: null,
  websiteUrl: 'https://lesna5.example.pl',
  contactEmail: 'zarzad@lesna5.example.pl',
  passwordPolicy: {
    minLength: 10,
    requireDigit: true,
    requireSymbol: true,
    requireUpper: true,
    requireLower: true,
  },
};

const me = {
  id: '3f1c2a9e-6b0d-4f4e-9d8a-2b7c1e5f9a10',
  name: 'Anna Nowak',
  email: 'anna.nowak@example.pl',
  locale: 'pl',
  roles: ['owner', 'resident'],
  units: [],
} satisfies Me;

const session = {
  accessToken: 'story.access.token',
  tokenType: 'Bearer',
  expiresIn: 900,
  refreshToken: 'rt_story',
  refreshExpiresIn: 2592000,
};

/** How the pretend server answers a sign-in. */
export type SignInAnswer = 'ok' | 'wrong-password' | 'too-many-attempts' | 'offline' | 'never';

/** How the pretend server answers each request; every answer defaults to `ok`. */
export interface StoryServer {
  signIn?: SignInAnswer;
  /** The signed-in person: loads, never arrives, or is out of reach. */
  me?: 'ok' | 'never' | 'offline';
  /** Saving a new password: done, or the mailed link is spent. */
  resetComplete?: 'ok' | 'expired';
  /** The tenant's branding; `none` never arrives, so the page's own theme shows. */
  branding?: 'ok' | 'none' | 'origin-refused';
  /** Who is signed in: a person with no units, or an owner of one or two units. */
  person?: 'no-units' | 'owner-of-one' | 'owner-of-two';
  /** The owner's statistics and report list: figures, none yet, never, or out of reach. */
  ownerData?: 'ok' | 'empty' | 'never' | 'offline';
  /** A report download: arrives, or stalls halfway (its progress stays on screen). */
  download?: 'ok' | 'stalls';
}

export const json = (status: number, body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });

export const problem = (status: number, code: string, extra: Record<string, unknown> = {}) =>
  json(
    status,
    { type: `https://atrium.dev/problems/${code}`, title: code, status, code, ...extra },
    'application/problem+json',
  );

/** An answer that never comes. */
export const never = () => new Promise<Response>(() => undefined);
/** What fetch does when the server is out of reach. */
export const offline = () => Promise.reject(new TypeError('Failed to fetch'));

/** The answer to an owner-cabinet request, or null for any other path. */
function ownerAnswer(server: StoryServer, path: string, query: URLSearchParams) {
  const data = server.ownerData ?? 'ok';
  if (path.startsWith('/reports/statements/')) return file(server.download ?? 'ok');
  if (path !== '/owner/stats' && path !== '/reports') return null;
  if (data === 'never') return never();
  if (data === 'offline') return offline();
  const empty = data === 'empty';
  return json(200, path === '/reports' ? reportPage(query, empty) : ownerStats(query, empty));
}

/** A PDF download; `stalls` sends half of it and then nothing more. */
function file(answer: 'ok' | 'stalls'): Response {
  const half = Math.floor(pdfBytes.byteLength / 2);
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(pdfBytes.slice(0, half));
      if (answer === 'ok') {
        controller.enqueue(pdfBytes.slice(half));
        controller.close();
      }
    },
  });
  return new Response(body, {
    headers: {
      'content-type': 'application/pdf',
      'content-length': String(pdfBytes.byteLength),
      'content-disposition': `attachment; filename*=UTF-8''wyci%C4%85g-101.pdf`,
    },
  });
}

/** The pretend server's answers; other story servers hand it what they do not answer. */
export function storyFetch(server: StoryServer): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const path = url.pathname.replace(/^\/t\/demo/, '');
    const owner = request.method === 'GET' ? ownerAnswer(server, path, url.searchParams) : null;
    if (owner) return owner;
    switch (`${request.method} ${path}`) {
      case 'GET /branding':
        if (server.branding === 'none') return never();
        if (server.branding === 'origin-refused') return problem(403, 'origin_not_allowed');
        return json(200, storyBranding);
      case 'GET /me':
        if (server.me === 'never') return never();
        if (server.me === 'offline') return offline();
        if (server.person === 'owner-of-one') return json(200, ownerMe(1));
        if (server.person === 'owner-of-two') return json(200, ownerMe(2));
        return json(200, me);
      case 'POST /auth/sign-in':
        if (server.signIn === 'never') return never();
        if (server.signIn === 'offline') return offline();
        if (server.signIn === 'wrong-password') return problem(401, 'invalid_credentials');
        if (server.signIn === 'too-many-attempts')
          return problem(429, 'too_many_attempts', { retryAfter: 125 });
        return json(200, session);
      case 'POST /auth/refresh':
        return json(200, session);
      case 'POST /auth/password-reset':
        return new Response(null, { status: 202 });
      case 'POST /auth/password-reset/complete':
        if (server.resetComplete === 'expired') return problem(400, 'invalid_reset_token');
        return new Response(null, { status: 204 });
      case 'POST /auth/sign-out':
        return new Response(null, { status: 204 });
      default:
        return problem(404, 'not_found');
    }
  };
}

/** A client whose pretend server answers as `server` says. */
export function storyClient(server: StoryServer = {}): AtriumClient {
  return createAtriumClient({
    baseUrl: 'https://demo.invalid',
    tenant: 'demo',
    fetch: storyFetch(server),
    retry: { limit: 0 },
  });
}

/** A client already signed in as Anna Nowak. */
export async function signedInStoryClient(server: StoryServer = {}): Promise<AtriumClient> {
  const client = storyClient(server);
  await client.auth.signIn({ email: me.email, password: 'Lesna5-Haslo!' });
  return client;
}

/**
 * A domain's pretend routes: the answer to `request`, or null to hand it to the common story
 * server. `route` is its method and path with every id as `:id` (`GET /tickets/:id`).
 */
export type DomainAnswer = (
  request: Request,
  route: string,
  path: string,
  query: URLSearchParams,
) => Promise<Response | null>;

/** A client signed in as `email`, whose pretend server answers a domain's routes with `answer`. */
export async function domainStoryClient(
  email: string,
  answer: DomainAnswer,
): Promise<AtriumClient> {
  const common = storyFetch({});
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const path = url.pathname.replace(/^\/t\/demo/, '');
    const route = `${request.method} ${path.replace(/[0-9a-f-]{36}/g, ':id')}`;
    return (await answer(request.clone(), route, path, url.searchParams)) ?? common(request);
  };
  const client = createAtriumClient({
    baseUrl: 'https://demo.invalid',
    tenant: 'demo',
    fetch,
    retry: { limit: 0 },
  });
  await client.auth.signIn({ email, password: 'Lesna5-Haslo!' });
  return client;
}

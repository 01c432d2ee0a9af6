// A client for stories, with no server: a small fetch answers with the contract's shapes.
import { createAtriumClient, type AtriumClient, type Branding, type Me } from '@atrium/sdk';

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

const me: Me = {
  id: '3f1c2a9e-6b0d-4f4e-9d8a-2b7c1e5f9a10',
  name: 'Anna Nowak',
  email: 'anna.nowak@example.pl',
  locale: 'pl',
  roles: ['owner', 'resident'],
  units: [],
};

const session = {
  accessToken: 'story.access.token',
  tokenType: 'Bearer',
  expiresIn: 900,
  refreshToken: 'rt_story',
  refreshExpiresIn: 2592000,
};

/** How the pretend server answers a sign-in. */
export type SignInAnswer = 'ok' | 'wrong-password' | 'too-many-attempts' | 'never';

const json = (status: number, body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });

const problem = (status: number, code: string, extra: Record<string, unknown> = {}) =>
  json(
    status,
    { type: `https://atrium.dev/problems/${code}`, title: code, status, code, ...extra },
    'application/problem+json',
  );

function storyFetch(signIn: SignInAnswer, branded: boolean): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const path = new URL(request.url).pathname.replace(/^\/t\/demo/, '');
    switch (`${request.method} ${path}`) {
      case 'GET /branding':
        return branded ? json(200, storyBranding) : problem(404, 'tenant_not_found');
      case 'GET /me':
        return json(200, me);
      case 'POST /auth/sign-in':
        if (signIn === 'never') return new Promise<Response>(() => undefined);
        if (signIn === 'wrong-password') return problem(401, 'invalid_credentials');
        if (signIn === 'too-many-attempts')
          return problem(429, 'too_many_attempts', { retryAfter: 125 });
        return json(200, session);
      case 'POST /auth/refresh':
        return json(200, session);
      case 'POST /auth/password-reset':
        return new Response(null, { status: 202 });
      case 'POST /auth/sign-out':
      case 'POST /auth/password-reset/complete':
        return new Response(null, { status: 204 });
      default:
        return problem(404, 'not_found');
    }
  };
}

/**
 * A client whose pretend server answers a sign-in as `signIn` says; without `branded`, it
 * has no branding, so the page's own theme shows.
 */
export function storyClient(signIn: SignInAnswer = 'ok', branded = true): AtriumClient {
  return createAtriumClient({
    baseUrl: 'https://demo.invalid',
    tenant: 'demo',
    fetch: storyFetch(signIn, branded),
    retry: { limit: 0 },
  });
}

/** A client already signed in as Anna Nowak. */
export async function signedInStoryClient(): Promise<AtriumClient> {
  const client = storyClient();
  await client.auth.signIn({ email: me.email, password: 'Lesna5-Haslo!' });
  return client;
}

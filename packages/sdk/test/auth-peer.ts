// Contract behaviour of the auth operations on the test peer: rotating single-use refresh
// tokens, access tokens that can be expired at will, and the sessions list.
import { validators, type Me, type Session, type SessionPage } from '../src/index.js';
import { sendEmpty, sendJson, sendProblem, type Handler, type PeerRequest } from './peer.js';

export const ANNA = { email: 'anna@lesna5.example', password: 'Lesna5-Haslo!' };

export const annaMe = {
  id: '3f1c2a9e-6b0d-4f4e-9d8a-2b7c1e5f9a10',
  name: 'Anna Nowak',
  email: ANNA.email,
  locale: 'pl',
  roles: ['owner', 'resident', 'board_member'],
  units: [
    {
      id: '9b2e4c1a-0f3d-4a6b-8c7e-5d1f2a3b4c5d',
      number: '12',
      area: '54.30',
      property: {
        id: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
        name: 'Wspólnota Mieszkaniowa Leśna 5',
        address: 'ul. Leśna 5, 30-001 Kraków',
      },
      roles: ['owner', 'resident'],
      ownershipShare: '0.5',
    },
  ],
} satisfies Me;

export interface AuthPeerState {
  /** Access tokens the peer still accepts. */
  validAccess: Set<string>;
  /** Refresh tokens not yet spent. */
  validRefresh: Set<string>;
  issued: number;
  /** Makes every access token issued so far expire. */
  expireAccessTokens(): void;
  routes: Record<string, Handler>;
}

function bearer(request: PeerRequest): string | undefined {
  return /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
}

export function authPeer(options: { refreshDelayMs?: number } = {}): AuthPeerState {
  const state: AuthPeerState = {
    validAccess: new Set(),
    validRefresh: new Set(),
    issued: 0,
    expireAccessTokens: () => state.validAccess.clear(),
    routes: {},
  };

  const issue = (): Session => {
    state.issued++;
    const session = {
      accessToken: `at-${state.issued}`,
      tokenType: 'Bearer',
      expiresIn: 900,
      refreshToken: `rt-${state.issued}`,
      refreshExpiresIn: 2_592_000,
    } satisfies Session;
    state.validAccess.add(session.accessToken);
    state.validRefresh.add(session.refreshToken);
    return session;
  };

  // Routes that need a valid access token answer 401 unauthenticated without one.
  const authenticated =
    (handler: Handler): Handler =>
    (request, response) => {
      const token = bearer(request);
      if (token === undefined || !state.validAccess.has(token)) {
        sendProblem(response, 401, 'unauthenticated');
        return;
      }
      return handler(request, response);
    };

  state.routes = {
    'POST /auth/sign-in': (request, response) => {
      const parsed = validators.SignInRequest.safeParse(request.body);
      if (!parsed.success) return sendProblem(response, 400, 'validation_failed');
      if (parsed.data.email !== ANNA.email || parsed.data.password !== ANNA.password) {
        return sendProblem(response, 401, 'invalid_credentials');
      }
      sendJson(response, 200, issue());
    },
    'POST /auth/refresh': async (request, response) => {
      const parsed = validators.RefreshRequest.safeParse(request.body);
      if (!parsed.success) return sendProblem(response, 400, 'validation_failed');
      // Single use: spending a token removes it, so a replay is refused.
      const spent = state.validRefresh.delete(parsed.data.refreshToken);
      await new Promise((resolve) => setTimeout(resolve, options.refreshDelayMs ?? 0));
      if (!spent) return sendProblem(response, 401, 'invalid_refresh_token');
      sendJson(response, 200, issue());
    },
    'POST /auth/sign-out': (request, response) => {
      const parsed = validators.SignOutRequest.safeParse(request.body);
      if (!parsed.success) return sendProblem(response, 400, 'validation_failed');
      state.validRefresh.delete(parsed.data.refreshToken);
      sendEmpty(response, 204);
    },
    'GET /me': authenticated((_request, response) => sendJson(response, 200, annaMe)),
    'GET /auth/sessions': authenticated((_request, response) =>
      sendJson(response, 200, { items: [], nextCursor: null } satisfies SessionPage),
    ),
  };
  return state;
}

import type { Send } from './http.js';
import type { SessionState } from './session.js';
import type {
  ClientView,
  PasswordResetCompletion,
  PasswordResetRequest,
  Session,
  SessionPage,
  SessionsQuery,
  SignInRequest,
} from './types.js';

export interface CallOptions {
  signal?: AbortSignal;
}

/** For the operations that take an Idempotency-Key: a fresh one per call unless given. */
export interface KeyedCallOptions extends CallOptions {
  /** Your own key, the same for every send of one logical request (8–255 visible ASCII). */
  idempotencyKey?: string;
}

/** Sign-in, token refresh, sign-out, password recovery and sessions (AUTH-2); client views (AUTH-3). */
export interface AuthApi {
  /** Signs in and keeps the tokens; listeners hear `true`. Never retried automatically. */
  signIn(body: SignInRequest, opts?: CallOptions): Promise<Session>;
  /** Rotates the tokens now; concurrent calls share one exchange. */
  refresh(opts?: CallOptions): Promise<Session>;
  /** Forgets the tokens here at once, then asks the server to revoke them (offline too). */
  signOut(opts?: CallOptions): Promise<void>;
  /** Sends a reset link by e-mail; the answer is the same for unknown addresses. */
  requestPasswordReset(body: PasswordResetRequest, opts?: CallOptions): Promise<void>;
  /** Sets a new password with the token from the e-mail (ORG-3 policy applies). */
  completePasswordReset(body: PasswordResetCompletion, opts?: CallOptions): Promise<void>;
  /** One page of the signed-in person's active sessions, newest first. */
  listSessions(query?: SessionsQuery, opts?: CallOptions): Promise<SessionPage>;
  /** Signs out one of the person's sessions (another device, say). */
  revokeSession(sessionId: string, opts?: CallOptions): Promise<void>;
  /**
   * A read-only view of the portal as the client sees it (AUTH-3; managers, directors):
   * hand it to a client made with `clientView`. This client stays signed in as itself.
   */
  viewAsClient(personId: string, opts?: CallOptions): Promise<ClientView>;
  /** True while an access or a refresh token is held. */
  isSignedIn(): boolean;
  /** Hears sign-in (`true`), sign-out and a refused refresh (`false`); returns the unsubscribe. */
  onChange(listener: (signedIn: boolean) => void): () => void;
}

export function createAuth(send: Send, session: SessionState): AuthApi {
  return {
    async signIn(body, opts) {
      // A POST without Idempotency-Key, so never retried: a replay would count as a second
      // failed attempt (AUTH-2 lockout) or open a second session.
      const created = await send({
        method: 'post',
        path: '/auth/sign-in',
        json: body,
        signal: opts?.signal,
      });
      session.start(created);
      return created;
    },

    refresh: (opts) => session.refresh(opts?.signal),

    // Not retried on its own: every view is a separate entry in the audit log.
    viewAsClient: (personId, opts) =>
      send({
        method: 'post',
        path: '/people/{personId}/client-view',
        pathParams: { personId },
        auth: true,
        signal: opts?.signal,
      }),

    async signOut(opts) {
      const refreshToken = session.refreshToken();
      session.clear();
      if (refreshToken === null) return;
      try {
        await send({
          method: 'post',
          path: '/auth/sign-out',
          json: { refreshToken },
          idempotencyKey: true,
          signal: opts?.signal,
        });
      } catch {
        // This device no longer holds the token; the server lets it expire if unreachable.
      }
    },

    async requestPasswordReset(body, opts) {
      await send({
        method: 'post',
        path: '/auth/password-reset',
        json: body,
        idempotencyKey: true,
        signal: opts?.signal,
      });
    },

    async completePasswordReset(body, opts) {
      // A POST without Idempotency-Key, so never retried: the reset token is single-use, and
      // a replay after a lost answer would be refused although the password did change.
      await send({
        method: 'post',
        path: '/auth/password-reset/complete',
        json: body,
        signal: opts?.signal,
      });
    },

    listSessions: (query, opts) =>
      send({ method: 'get', path: '/auth/sessions', query, auth: true, signal: opts?.signal }),

    async revokeSession(sessionId, opts) {
      await send({
        method: 'delete',
        path: '/auth/sessions/{sessionId}',
        pathParams: { sessionId },
        auth: true,
        idempotencyKey: true,
        signal: opts?.signal,
      });
    },

    isSignedIn: () => session.isSignedIn(),
    onChange: (listener) => session.onChange(listener),
  };
}

import { AtriumError, abortedError } from './errors.js';
import { takeTurn } from './refresh-lock.js';
import type { TokenStore } from './token-store.js';
import type { Session } from './types.js';

/** Trades a refresh token for a new session (the contract's refreshSession). */
export type Exchange = (refreshToken: string) => Promise<Session>;

/** The signed-in state: access token in memory, refresh token in the TokenStore. */
export interface SessionState {
  isSignedIn(): boolean;
  refreshToken(): string | null;
  /** Starts a session after sign-in. */
  start(session: Session): void;
  /** Forgets both tokens; tells listeners when someone was signed in. */
  clear(): void;
  /** Rotates the tokens; concurrent callers share one exchange. */
  refresh(signal?: AbortSignal): Promise<Session>;
  /** Runs an authenticated attempt, refreshing first or once after `401 unauthenticated`. */
  authorize<T>(
    attempt: (accessToken: string | null) => Promise<T>,
    signal?: AbortSignal,
  ): Promise<T>;
  onChange(listener: (signedIn: boolean) => void): () => void;
}

// The refresh token is refused for good: the session is over.
function isRefused(error: unknown): boolean {
  return (
    error instanceof AtriumError &&
    (error.code === 'invalid_refresh_token' || error.code === 'validation_failed')
  );
}

function signedOutError(cause: AtriumError): AtriumError {
  return new AtriumError({
    code: 'unauthenticated',
    status: cause.status,
    title: cause.title,
    detail: cause.detail,
    problem: cause.problem,
    cause,
  });
}

// Lets one caller stop waiting for a shared refresh without cancelling it for the others.
function abortable<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(abortedError(signal.reason));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortedError(signal.reason));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/**
 * `lockName`: the Web Lock under which the tabs sharing `store` rotate its token.
 * `initialAccessToken`: a token to start with; with an empty store it is never refreshed, and the
 * first `401` ends the session (a client view, AUTH-3).
 */
export function createSession(
  store: TokenStore,
  exchange: Exchange,
  lockName: string,
  initialAccessToken: string | null = null,
): SessionState {
  let accessToken = initialAccessToken;
  let inFlight: Promise<Session> | null = null;
  // Bumped on sign-in and sign-out, so a refresh that lands afterwards is discarded.
  let generation = 0;
  const listeners = new Set<(signedIn: boolean) => void>();

  const emit = (signedIn: boolean) => {
    for (const listener of [...listeners]) {
      try {
        listener(signedIn);
      } catch (error) {
        // A faulty listener must not fail the sign-in that notified it.
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  };

  const state: SessionState = {
    isSignedIn: () => accessToken !== null || store.get() !== null,
    refreshToken: () => store.get(),

    start(session) {
      generation++;
      accessToken = session.accessToken;
      store.set(session.refreshToken);
      emit(true);
    },

    clear() {
      const wasSignedIn = state.isSignedIn();
      generation++;
      accessToken = null;
      store.set(null);
      if (wasSignedIn) emit(false);
    },

    refresh(signal) {
      inFlight ??= rotate().finally(() => {
        inFlight = null;
      });
      return abortable(inFlight, signal);
    },

    async authorize(attempt, signal) {
      if (accessToken === null && store.get() !== null) {
        try {
          await state.refresh(signal);
        } catch (error) {
          throw isRefused(error) ? signedOutError(error as AtriumError) : error;
        }
      }
      const sent = accessToken;
      try {
        return await attempt(sent);
      } catch (error) {
        if (!(error instanceof AtriumError) || error.code !== 'unauthenticated') throw error;
        // Another call may have rotated the tokens while this one was out: just replay.
        if (accessToken === null || accessToken === sent) {
          if (store.get() === null) {
            state.clear();
            throw error;
          }
          try {
            await state.refresh(signal);
          } catch (refreshError) {
            throw isRefused(refreshError) ? error : refreshError;
          }
        }
        return attempt(accessToken);
      }
    },

    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };

  // Tabs of one origin share the refresh token through the store, but each keeps its own
  // access token in memory, so each tab has to make its own exchange. Two tabs presenting
  // the same token at once would look like a stolen, replayed token, and the server would
  // revoke the whole sign-in (AUTH-2 reuse detection). So exchanges take turns under one
  // lock, and each reads the store only once it holds the lock (and, after waiting, once the
  // other tab's write has arrived): if another tab rotated in the meantime, the stored token
  // is the successor that tab just received and did not spend (spending it again would need
  // the lock), so this tab exchanges it and stores the next one. Every token is presented
  // exactly once, and no access token is ever shared.
  function rotate(): Promise<Session> {
    return takeTurn(lockName, store, async () => {
      const refreshToken = store.get();
      if (refreshToken === null) {
        throw new AtriumError({ code: 'unauthenticated', status: 0, title: 'Not signed in' });
      }
      const started = generation;
      // A sign-in or sign-out meanwhile, in this tab or another, wins over this exchange.
      const unchanged = () => generation === started && store.get() === refreshToken;
      try {
        const session = await exchange(refreshToken);
        if (unchanged()) {
          accessToken = session.accessToken;
          store.set(session.refreshToken);
        }
        return session;
      } catch (error) {
        if (isRefused(error) && unchanged()) state.clear();
        throw error;
      }
    });
  }

  return state;
}

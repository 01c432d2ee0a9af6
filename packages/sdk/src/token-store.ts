/** Where the refresh token lives between page loads; the access token never leaves memory. */
export interface TokenStore {
  get(): string | null;
  set(token: string | null): void;
}

/** Keeps the refresh token for the life of this client only (Node, SSR, tests, strict privacy). */
export function memoryTokenStore(): TokenStore {
  let token: string | null = null;
  return {
    get: () => token,
    set: (next) => {
      token = next;
    },
  };
}

/**
 * Keeps the refresh token in `localStorage` under `key`, so a reload stays signed in and
 * every tab of the origin shares one token (each read goes to storage, never to a copy).
 */
export function localStorageTokenStore(key: string): TokenStore {
  // Storage can be missing or throw (private mode, sandboxed iframes, quota): the token then
  // lives in memory only, and the person signs in again after a reload.
  const fallback = memoryTokenStore();
  return {
    get() {
      try {
        return globalThis.localStorage.getItem(key);
      } catch {
        return fallback.get();
      }
    },
    set(token) {
      fallback.set(token);
      try {
        if (token === null) globalThis.localStorage.removeItem(key);
        else globalThis.localStorage.setItem(key, token);
      } catch {
        // Kept in the fallback above.
      }
    },
  };
}

import type { TokenStore } from './token-store.js';

// How long a tab that waited gives the other tab's new token to reach it.
const ARRIVAL_MS = 1_000;
const POLL_MS = 10;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function changeOf(store: TokenStore, seen: string | null): Promise<void> {
  for (let waited = 0; store.get() === seen && waited < ARRIVAL_MS; waited += POLL_MS) {
    await pause(POLL_MS);
  }
}

/**
 * Runs `task` while holding the Web Lock `name`, shared by every tab and worker of the
 * origin, so tabs that keep one refresh token in `store` rotate it one at a time. Where Web
 * Locks are missing (Node, old browsers) there is nobody to share with: it just runs.
 */
export async function takeTurn<T>(
  name: string,
  store: TokenStore,
  task: () => Promise<T>,
): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (!locks) return task();
  const seen = store.get();
  const free = await locks.request(name, { ifAvailable: true }, async (lock) =>
    lock ? { result: await task() } : null,
  );
  if (free) return free.result;
  // Another tab is rotating, most likely the token seen here. A write to localStorage reaches
  // other tabs' copies asynchronously (Chromium), possibly after the lock: read too early,
  // the spent token would be presented again, and the server would revoke the sign-in.
  return await locks.request(name, async () => {
    await changeOf(store, seen);
    return task();
  });
}

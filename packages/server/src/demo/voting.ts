import type { Scopes } from '../db/scope.js';

/** The Polish community's meetings: one open for votes, one closed with its results. */
export async function seedDemoVoting(_db: Scopes, _slug: string): Promise<void> {}

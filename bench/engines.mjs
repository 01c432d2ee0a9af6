// The benches that compare engines run on embedded PGlite in memory and, when
// TEST_DATABASE_URL names a PostgreSQL server, on a fresh database of it. Figures without an
// engine in their name are PGlite's (`read.me.ratio`, `read.me.postgres.ratio`).
import { withPostgres } from './server.mjs';

export const engineInName = (engine) => (engine === 'pglite' ? '' : `.${engine}`);

/** Merges `measure(engine, database)` over the engines there are. */
export async function onEachEngine(measure) {
  const figures = await measure('pglite', { memory: true });
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (adminUrl) {
    Object.assign(figures, await withPostgres(adminUrl, (db) => measure('postgres', db)));
  }
  return figures;
}

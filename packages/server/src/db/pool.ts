import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import pg from 'pg';

/**
 * Where the data lives: a PostgreSQL server, an embedded PGlite folder, or memory (empty, or
 * starting from a PGlite data folder dumped by `Pool.dump`).
 */
export type DatabaseOptions = { url: string } | { dataDir: string } | { memory: true; from?: Blob };

export interface Pool {
  pool: pg.Pool;
  engine: 'postgres' | 'pglite';
  /** PGlite only: its whole data folder as one tarball, to start another database from. */
  dump?(): Promise<Blob>;
  close(): Promise<void>;
}

/** One pg.Pool for both engines, so every query and migration runs the same code. */
export async function openPool(options: DatabaseOptions): Promise<Pool> {
  if ('url' in options) {
    const pool = new pg.Pool({ connectionString: options.url, max: 10 });
    return { pool, engine: 'postgres', close: () => pool.end() };
  }
  if ('dataDir' in options) await mkdir(options.dataDir, { recursive: true });
  const pglite =
    'dataDir' in options
      ? new PGlite(options.dataDir)
      : new PGlite({ ...(options.from && { loadDataDir: options.from }) });
  // PGlite is a single connection; idle clients stay open so it is never reconnected.
  const pool = new pg.Pool({ ...createPgConfig(pglite), max: 1, idleTimeoutMillis: 0 });
  return {
    pool,
    engine: 'pglite',
    dump: () => pglite.dumpDataDir('none'),
    close: async () => {
      await pool.end();
      await pglite.close();
    },
  };
}

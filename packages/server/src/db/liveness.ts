import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { Pool } from './pool.js';

// Advisory-lock namespace (first key of pg_advisory_lock(int, int)) of processes' marks.
const namespace = 4_242_201;

/**
 * This process's mark in the database: a session advisory lock on a random id, held while
 * the process lives. The database drops it the moment the process's connection ends, however
 * the process ended, so another process (or this one restarted) tells work claimed by a dead
 * process from work still running at once (`markHeld`), with no lease to wait out.
 */
export interface Liveness {
  id: string;
  release(): Promise<void>;
}

export async function holdLiveness(db: Pool): Promise<Liveness> {
  const id = randomUUID();
  const lock = 'SELECT pg_advisory_lock($1, hashtext($2))';
  const unlock = 'SELECT pg_advisory_unlock($1, hashtext($2))';
  if (db.engine === 'pglite') {
    // one process, one session: the lock lives and dies with the process
    await db.pool.query(lock, [namespace, id]);
    return { id, release: async () => void (await db.pool.query(unlock, [namespace, id])) };
  }
  // a session of its own, which the pool never recycles while the process lives
  const session: pg.PoolClient = await db.pool.connect();
  // Lost (the database restarted): claims of this process then look abandoned and are taken
  // over, which is safe; an unheard error would end the process.
  session.on('error', () => undefined);
  await session.query(lock, [namespace, id]);
  return {
    id,
    release: async () => {
      await session.query(unlock, [namespace, id]);
      session.release();
    },
  };
}

/** SQL: whether the process whose liveness id is in `column` still holds its mark. */
export const markHeld = (column: string) =>
  `EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND granted
             AND classid = ${namespace} AND objid = hashtext(${column}::text)::oid AND objsubid = 2)`;

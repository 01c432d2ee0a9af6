import type pg from 'pg';

/** One write a trigger saw: the table, the node that made it, and the row as written. */
export interface WitnessedWrite {
  table: string;
  /** The writer's application_name: each node of a test connects under its own (PGAPPNAME). */
  node: string;
  row: Record<string, string>;
}

export interface WriteWitness {
  /** A mark of the writes seen so far, to count only the later ones. */
  mark(): Promise<number>;
  /** The writes to a table seen since a mark, in order. */
  since(mark: number, table: string): Promise<WitnessedWrite[]>;
}

/**
 * Triggers in a test's own PostgreSQL database that record every write they watch, each given
 * as its trigger clause (`AFTER UPDATE OF sent_at ON mail_outbox FOR EACH ROW ...`): what the
 * database saw happen, whichever node did it, so a test can count how often an effect took
 * place. Run as the database's owner, so no role or row-level policy of the server's hides a
 * write from it.
 */
export async function witnessWrites(pool: pg.Pool, triggers: string[]): Promise<WriteWitness> {
  await pool.query(`
    CREATE TABLE test_witnessed (seq bigserial PRIMARY KEY, tbl text, node text, row_data jsonb);
    CREATE FUNCTION test_witness() RETURNS trigger LANGUAGE plpgsql
      SECURITY DEFINER SET search_path = public AS $$
      BEGIN
        INSERT INTO test_witnessed (tbl, node, row_data)
        VALUES (TG_TABLE_NAME, current_setting('application_name'), to_jsonb(NEW));
        RETURN NULL;
      END $$;`);
  for (const [i, clause] of triggers.entries()) {
    await pool.query(`CREATE TRIGGER test_witness_${i} ${clause} EXECUTE FUNCTION test_witness()`);
  }
  return {
    async mark() {
      const { rows } = await pool.query<{ seq: number }>(
        'SELECT coalesce(max(seq), 0)::int AS seq FROM test_witnessed',
      );
      return rows[0]?.seq ?? 0;
    },
    async since(mark, table) {
      const { rows } = await pool.query<WitnessedWrite>(
        `SELECT tbl AS table, node, row_data AS row FROM test_witnessed
          WHERE seq > $1 AND tbl = $2 ORDER BY seq`,
        [mark, table],
      );
      return rows;
    },
  };
}

import type pg from 'pg';

/** What code running inside a scope may do: parameterised queries on one transaction. */
export interface Sql {
  query<R extends pg.QueryResultRow = pg.QueryResultRow>(
    text: string,
    values?: unknown[],
  ): Promise<pg.QueryResult<R>>;
}

/** The one row a lookup or an INSERT ... RETURNING must give. */
export function one<R>(result: { rows: R[] }): R {
  const [row] = result.rows;
  if (row === undefined) throw new Error('expected one row, got none');
  return row;
}

export interface Scopes {
  /** Runs fn in a transaction that row-level security limits to one tenant (ORG-1). */
  withTenant<T>(tenantId: string, fn: (sql: Sql) => Promise<T>): Promise<T>;
  /** Runs fn in a transaction that sees every tenant: tenant lookup and background jobs. */
  withSystem<T>(fn: (sql: Sql) => Promise<T>): Promise<T>;
}

export function scopes(pool: pg.Pool): Scopes {
  async function transaction<T>(
    role: 'atrium_app' | 'atrium_system',
    tenantId: string | null,
    fn: (sql: Sql) => Promise<T>,
  ): Promise<T> {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query(`SET LOCAL ROLE ${role}`);
      if (tenantId) await client.query("SELECT set_config('app.tenant_id', $1, true)", [tenantId]);
      const result = await fn(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
  return {
    withTenant: (tenantId, fn) => transaction('atrium_app', tenantId, fn),
    withSystem: (fn) => transaction('atrium_system', null, fn),
  };
}

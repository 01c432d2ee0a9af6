import type pg from 'pg';
import { isUuid } from '../contract/uuid.js';

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

// Inlined into the opening statement, so only ever a uuid (tenant ids come from our rows).
function tenantSetting(tenantId: string | null): string {
  if (tenantId === null) return '';
  if (!isUuid(tenantId)) throw new Error(`not a tenant id: ${tenantId}`);
  return `SELECT set_config('app.tenant_id', '${tenantId}', true);`;
}

export function scopes(pool: pg.Pool): Scopes {
  async function transaction<T>(
    role: 'atrium_app' | 'atrium_system',
    tenantId: string | null,
    fn: (sql: Sql) => Promise<T>,
  ): Promise<T> {
    const client = await pool.connect();
    try {
      // One round trip opens the scope: a request pays for it in every transaction.
      await client.query(`BEGIN; SET LOCAL ROLE ${role}; ${tenantSetting(tenantId)}`);
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

import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { holdLiveness } from './liveness.js';
import type { Pool } from './pool.js';
import { scopes, type Scopes } from './scope.js';

export interface Database extends Scopes {
  engine: Pool['engine'];
  /** The raw pool, for health checks and tests; routes use withTenant/withSystem. */
  pool: Pool['pool'];
  /** This process's liveness id: work it claims is taken over once it is gone. */
  processId: string;
}

declare module 'fastify' {
  interface FastifyInstance {
    db: Database;
  }
}

/** Shares the database with every plugin; closing the app closes the pool. */
export const database = fp(
  async (app: FastifyInstance, options: { pool: Pool }) => {
    const liveness = await holdLiveness(options.pool);
    app.decorate('db', {
      ...scopes(options.pool.pool),
      engine: options.pool.engine,
      pool: options.pool.pool,
      processId: liveness.id,
    });
    // A connection dropped while idle (a PostgreSQL restart, say) must not end the process;
    // the pool replaces it on the next query.
    options.pool.pool.on('error', (error) =>
      app.log.error({ err: error }, 'database connection lost'),
    );
    app.addHook('onClose', async () => {
      await liveness.release();
      await options.pool.close();
    });
  },
  { name: 'db' },
);

import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { DatabaseOptions } from '../src/db/pool.js';

/** A database a suite runs on, made fresh for it and dropped afterwards. */
export interface Engine {
  name: 'pglite' | 'postgres';
  create(): Promise<{ options: DatabaseOptions; drop(): Promise<void> }>;
}

export const pglite: Engine = {
  name: 'pglite',
  create: async () => ({ options: { memory: true }, drop: async () => undefined }),
};

function postgres(adminUrl: string): Engine {
  return {
    name: 'postgres',
    async create() {
      const name = `atrium_test_${randomBytes(6).toString('hex')}`;
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      await admin.end();
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      return {
        options: { url: url.href },
        async drop() {
          const client = new pg.Client({ connectionString: adminUrl });
          await client.connect();
          await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
          await client.end();
        },
      };
    },
  };
}

/** PGlite in memory always; PostgreSQL too when TEST_DATABASE_URL is set (CI sets it). */
export const engines: Engine[] = process.env.TEST_DATABASE_URL
  ? [pglite, postgres(process.env.TEST_DATABASE_URL)]
  : [pglite];

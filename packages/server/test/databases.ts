import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import type { DatabaseOptions } from '../src/db/pool.js';
import { runTemplates } from './templates.js';

/**
 * A database a suite runs on, made fresh for it and dropped afterwards: empty, or `seeded`
 * (migrated, with the demo data) as a copy of the run's template when it has one.
 */
export interface Engine {
  name: 'pglite' | 'postgres';
  create(q?: { seeded?: boolean }): Promise<{ options: DatabaseOptions; drop(): Promise<void> }>;
}

const templates = runTemplates();

export const pglite: Engine = {
  name: 'pglite',
  create: async ({ seeded = false } = {}) => ({
    options: {
      memory: true,
      ...(seeded && templates && { from: new Blob([await readFile(templates.pglite)]) }),
    },
    drop: async () => undefined,
  }),
};

function postgres(adminUrl: string): Engine {
  return {
    name: 'postgres',
    async create({ seeded = false } = {}) {
      const name = `atrium_test_${randomBytes(6).toString('hex')}`;
      const template = seeded && templates?.postgres;
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`);
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

// The database every suite of a test run starts from: migrated, with the demo data. Making
// it is most of a server's start (PGlite's initdb and the demo's seeding, some 6 s), so
// scripts/test.sh makes one per engine before the suites and drops them after:
//
//   tsx packages/server/test/templates.ts make <folder>   (then ATRIUM_TEST_TEMPLATES=<folder>)
//   tsx packages/server/test/templates.ts drop <folder>
//
// Each run makes its own: the demo's dates are relative to the moment it is seeded (a meeting
// that opens in an hour), so a template from an earlier run would not do. A test file run
// without the variable makes its database from scratch.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { migrate } from '../src/db/migrate.js';
import { openPool, type DatabaseOptions } from '../src/db/pool.js';
import { scopes } from '../src/db/scope.js';
import { seedDemo } from '../src/demo/seed.js';

export interface Templates {
  /** PGlite's data folder, dumped. */
  pglite: string;
  /** A PostgreSQL database to create the suites' databases from, when the run has one. */
  postgres?: string;
}

const manifest = (folder: string) => join(folder, 'templates.json');

/** The run's templates, if scripts/test.sh made them. */
export function runTemplates(): Templates | undefined {
  const folder = process.env.ATRIUM_TEST_TEMPLATES;
  return folder ? (JSON.parse(readFileSync(manifest(folder), 'utf8')) as Templates) : undefined;
}

async function seeded(options: DatabaseOptions) {
  const pool = await openPool(options);
  await migrate(pool.pool);
  await seedDemo(scopes(pool.pool));
  return pool;
}

async function admin<T>(adminUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

async function make(folder: string, adminUrl: string | undefined) {
  const pglite = await seeded({ memory: true });
  const dump = await pglite.dump?.();
  await pglite.close();
  if (!dump) throw new Error('PGlite gave no dump');
  const templates: Templates = { pglite: join(folder, 'pglite.tar') };
  writeFileSync(templates.pglite, Buffer.from(await dump.arrayBuffer()));
  if (adminUrl) {
    const name = `atrium_template_${randomBytes(6).toString('hex')}`;
    await admin(adminUrl, (client) => client.query(`CREATE DATABASE ${name}`));
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    await (await seeded({ url: url.href })).close();
    templates.postgres = name;
  }
  writeFileSync(manifest(folder), JSON.stringify(templates));
}

async function drop(folder: string, adminUrl: string | undefined) {
  if (!existsSync(manifest(folder))) return;
  const { postgres } = JSON.parse(readFileSync(manifest(folder), 'utf8')) as Templates;
  if (postgres && adminUrl) {
    await admin(adminUrl, (client) =>
      client.query(`DROP DATABASE IF EXISTS ${postgres} WITH (FORCE)`),
    );
  }
  rmSync(folder, { recursive: true, force: true });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [command, folder] = process.argv.slice(2);
  if (!folder || (command !== 'make' && command !== 'drop')) {
    throw new Error('usage: templates.ts make|drop <folder>');
  }
  await (command === 'make' ? make : drop)(folder, process.env.TEST_DATABASE_URL);
}

import type { Sql } from '../db/scope.js';

/**
 * The id of the tenant `slug` while its demo rows in `table` are still to be seeded, else
 * null. The advisory lock, held to the end of the caller's transaction, makes two nodes
 * starting at once seed a tenant once.
 */
export async function tenantToSeed(
  sql: Sql,
  slug: string,
  table: 'meters' | 'account_entries' | 'payment_types' | 'announcements',
): Promise<string | null> {
  await sql.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`atrium.demo.${table}`]);
  const { rows } = await sql.query<{ id: string; seeded: boolean }>(
    `SELECT id, EXISTS (SELECT 1 FROM ${table} x WHERE x.tenant_id = t.id) AS seeded
       FROM tenants t WHERE slug = $1`,
    [slug],
  );
  const tenant = rows[0];
  return tenant && !tenant.seeded ? tenant.id : null;
}

import type { TestServer } from '../helpers.js';

/** Every table's rows, hashed in one query: the same before and after a refused write. */
export async function fingerprint(server: TestServer): Promise<string> {
  return server.app.db.withSystem(async (sql) => {
    const tables = await sql.query<{ name: string }>(
      `SELECT quote_ident(c.relname) AS name FROM pg_class c
         JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind = 'r' AND has_table_privilege(c.oid, 'SELECT')
        ORDER BY 1`,
    );
    const union = tables.rows
      .map(
        (t) =>
          `SELECT '${t.name}' AS t, md5(coalesce(string_agg(r::text, ',' ORDER BY r::text), '')) AS h FROM ${t.name} r`,
      )
      .join(' UNION ALL ');
    const { rows } = await sql.query<{ h: string }>(
      `SELECT md5(string_agg(t || ':' || h, ',' ORDER BY t)) AS h FROM (${union}) s`,
    );
    return rows[0]?.h ?? '';
  });
}

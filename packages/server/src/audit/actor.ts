import type { Sql } from '../db/scope.js';

/**
 * Names the person the audit log records for every directory change the rest of this
 * transaction makes (the triggers of migration 070 read `app.actor_id`).
 */
export async function actAs(sql: Sql, personId: string): Promise<void> {
  await sql.query("SELECT set_config('app.actor_id', $1, true)", [personId]);
}

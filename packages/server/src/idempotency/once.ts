import type { FastifyRequest } from 'fastify';
import type { Sql } from '../db/scope.js';
import { keyHeader } from './header.js';

/**
 * Makes a thing at most once per Idempotency-Key, a crash included. The stored answer is
 * written after the work commits, so a process killed between the two would leave a retry
 * to make it again; the id of what was made goes onto the key in the work's own transaction
 * instead, and a retry finds it. `make` returns the new thing's id.
 */
export async function onceUnderKey(
  sql: Sql,
  request: FastifyRequest,
  make: () => Promise<string>,
): Promise<string> {
  const key = request.headers[keyHeader];
  if (typeof key !== 'string' || !request.tenant) return make();
  const where = 'WHERE tenant_id = $1 AND key = $2';
  const { rows } = await sql.query<{ madeId: string | null }>(
    `SELECT made_id AS "madeId" FROM idempotency_keys ${where}`,
    [request.tenant.id, key],
  );
  const made = rows[0]?.madeId;
  if (made) return made;
  const id = await make();
  await sql.query(`UPDATE idempotency_keys SET made_id = $3 ${where}`, [
    request.tenant.id,
    key,
    id,
  ]);
  return id;
}

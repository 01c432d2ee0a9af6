import type { Sql } from '../../db/scope.js';
import { isUniqueViolation } from '../../db/unique.js';
import { invalidInput } from '../../errors/problem.js';

/** Whether someone of the tenant besides `personId` (null: anyone) has the e-mail, lower case. */
export async function emailTakenBesides(
  sql: Sql,
  q: { tenantId: string; email: string; personId: string | null },
): Promise<boolean> {
  const { rowCount } = await sql.query(
    'SELECT 1 FROM people WHERE tenant_id = $1 AND email = $2 AND id IS DISTINCT FROM $3',
    [q.tenantId, q.email, q.personId],
  );
  return rowCount === 1;
}

/**
 * A write of people's e-mail, which is used once per tenant: two requests taking one address
 * at once meet at the unique key, and the later is refused `email_taken` on `field`.
 */
export async function emailUnique<T>(write: Promise<T>, field = 'email'): Promise<T> {
  try {
    return await write;
  } catch (error) {
    if (isUniqueViolation(error, 'people_tenant_id_email_key')) {
      throw invalidInput([{ field, code: 'email_taken' }]);
    }
    throw error;
  }
}

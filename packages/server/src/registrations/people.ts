import type { Locale } from '@atrium/sdk';
import type { Sql } from '../db/scope.js';
import { emailUnique } from '../directory/people/email.js';

/** The unit an account number of the tenant names, open or closed; null when it names none. */
export async function unitOfAccount(sql: Sql, tenantId: string, number: string | null) {
  if (number === null) return null;
  const { rows } = await sql.query<{ unit_id: string }>(
    'SELECT unit_id FROM accounts WHERE tenant_id = $1 AND number = $2',
    [tenantId, number],
  );
  return rows[0]?.unit_id ?? null;
}

// The proven phone ($3) where the person has none; theirs is trusted from now on if it is
// that one (a code proved it), else stays as trusted as it was.
const provenPhone = `phone = coalesce(phone, $3),
                     phone_trusted = phone_trusted OR phone IS NULL OR phone = $3`;

/** Gives the person the proven phone where they have none (provenPhone). */
export async function provePhone(
  sql: Sql,
  q: { tenantId: string; personId: string; phone: string },
): Promise<void> {
  await sql.query(`UPDATE people SET ${provenPhone} WHERE tenant_id = $1 AND id = $2`, [
    q.tenantId,
    q.personId,
    q.phone,
  ]);
}

/**
 * Gives the person the proven phone (provenPhone) and the e-mail, each only where they have
 * none: what the directory knows stays. An e-mail taken meanwhile is email_taken on `field`.
 */
export async function completeContacts(
  sql: Sql,
  q: { tenantId: string; personId: string; phone: string; email: string; field: string },
): Promise<void> {
  await emailUnique(
    sql.query(
      `UPDATE people SET ${provenPhone}, email = coalesce(email, $4)
        WHERE tenant_id = $1 AND id = $2`,
      [q.tenantId, q.personId, q.phone, q.email],
    ),
    q.field,
  );
}

/** The active staff who receive registration requests and have an e-mail to get them at. */
export async function registrationReceivers(sql: Sql, tenantId: string) {
  const { rows } = await sql.query<{ id: string; name: string; email: string; locale: Locale }>(
    `SELECT id, name, email, locale FROM people
      WHERE tenant_id = $1 AND active AND staff_role IS NOT NULL AND receives_registrations
        AND email IS NOT NULL
      ORDER BY name COLLATE "C", id`,
    [tenantId],
  );
  return rows;
}

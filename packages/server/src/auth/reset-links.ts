import type { Sql } from '../db/scope.js';
import { portalLink } from '../mail/portal-link.js';
import type { Tenant } from '../tenancy/tenant.js';
import { opaqueToken } from './tokens.js';

/**
 * Stores a single-use link for a person to set their password, good for `seconds`, and
 * returns it: the tenant's portal with the token in the fragment, which no server sees.
 * Used by password recovery (AUTH-2) and by the invitation of portal access (AUTH-1).
 */
export async function issueResetLink(
  sql: Sql,
  q: { tenant: Tenant; personId: string; seconds: number; publicUrl: string | undefined },
): Promise<string> {
  const reset = opaqueToken('pr');
  await sql.query(
    `INSERT INTO password_resets (token_hash, tenant_id, person_id, expires_at)
     VALUES ($1, $2, $3, now() + make_interval(secs => $4))`,
    [reset.hash, q.tenant.id, q.personId, q.seconds],
  );
  return portalLink(q.tenant, q.publicUrl, `atrium-reset-token=${reset.token}`);
}

/**
 * Ends every link of a person not used yet: a new password, a new invitation, no access, or
 * a new e-mail (the links went to the old address).
 */
export async function voidResetLinks(sql: Sql, tenantId: string, personId: string) {
  await sql.query(
    'UPDATE password_resets SET used_at = now() WHERE tenant_id = $1 AND person_id = $2 AND used_at IS NULL',
    [tenantId, personId],
  );
}

import type { ClientView } from '@atrium/sdk';
import { recordAudit } from '../audit/repository.js';
import type { Sql } from '../db/scope.js';
import { ApiProblem, notFound } from '../errors/problem.js';
import type { Viewer } from '../people/viewer.js';
import { companyAdminRoles, requireCompanyAdmin } from './company-admin.js';
import { sessionLive } from './sessions.js';
import { accessTokenSeconds, signAccessToken, type AccessClaims } from './tokens.js';

interface Client {
  name: string;
  staff: boolean;
  active: boolean;
  linked: boolean;
}

async function findClient(sql: Sql, tenantId: string, personId: string): Promise<Client | null> {
  const { rows } = await sql.query<Client>(
    `SELECT p.name, p.staff_role IS NOT NULL AS staff, p.active,
            EXISTS (SELECT 1 FROM person_units pu
                     WHERE pu.tenant_id = p.tenant_id AND pu.person_id = p.id) AS linked
       FROM people p WHERE p.tenant_id = $1 AND p.id = $2`,
    [tenantId, personId],
  );
  return rows[0] ?? null;
}

const unavailable = (detail: 'clientViewStaff' | 'clientViewInactive' | 'clientViewNoUnit') =>
  new ApiProblem(409, 'client_view_unavailable', { detail });

/**
 * Opens a read-only view of a client's portal for a manager or director, in their own
 * session (`claims` of their request), and records it in the audit log.
 */
export async function startClientView(
  sql: Sql,
  q: { secret: string; viewer: Viewer; claims: AccessClaims; personId: string },
): Promise<ClientView> {
  const { viewer, claims, personId } = q;
  requireCompanyAdmin(viewer);
  const client = await findClient(sql, claims.tenantId, personId);
  if (!client) throw notFound();
  if (client.staff) throw unavailable('clientViewStaff');
  if (!client.active) throw unavailable('clientViewInactive');
  if (!client.linked) throw unavailable('clientViewNoUnit');
  await recordAudit(sql, {
    tenantId: claims.tenantId,
    actorId: viewer.personId,
    action: 'viewed_as_client',
    entityType: 'person',
    entityId: personId,
    before: null,
    after: { name: client.name },
  });
  const view = { ...claims, personId, actorId: viewer.personId };
  return {
    accessToken: signAccessToken(q.secret, view),
    tokenType: 'Bearer',
    expiresIn: accessTokenSeconds,
    person: { id: personId, name: client.name },
  };
}

/**
 * Whether a client view still holds: the looker's session is active and theirs, and they
 * are still an active manager or director; the client still has a portal.
 */
export async function isClientViewLive(
  sql: Sql,
  claims: AccessClaims & { actorId: string },
): Promise<boolean> {
  const { rowCount } = await sql.query(
    `SELECT 1 FROM sessions s
       JOIN people a ON a.tenant_id = s.tenant_id AND a.id = s.person_id
       JOIN people c ON c.tenant_id = s.tenant_id AND c.id = $4
      WHERE s.id = $1 AND s.tenant_id = $2 AND s.person_id = $3
        AND ${sessionLive} AND a.active AND a.staff_role = ANY($5::text[])
        AND c.active AND c.staff_role IS NULL`,
    [claims.sessionId, claims.tenantId, claims.actorId, claims.personId, companyAdminRoles],
  );
  return rowCount === 1;
}

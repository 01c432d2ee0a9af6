import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Locale, Role } from '@atrium/sdk';
import { authOf } from '../auth/authenticate.js';
import type { Sql } from '../db/scope.js';
import { unauthenticated } from '../errors/problem.js';
import { tenantOf } from '../tenancy/index.js';

/** The signed-in person as the residents' domains (meters, tickets) see them. */
export interface Viewer {
  personId: string;
  locale: Locale;
  staffRole: Extract<Role, 'manager' | 'director' | 'accountant'> | null;
  /** The units the person owns or lives in (person_units role owner or resident). */
  unitIds: string[];
}

/** Staff (any staff role) see every record of their tenant in the residents' domains. */
export const isStaff = (viewer: Viewer) => viewer.staffRole !== null;

/** The signed-in person of a request, loaded in the caller's transaction. */
export async function viewerOf(sql: Sql, request: FastifyRequest): Promise<Viewer> {
  const personId = authOf(request).personId;
  const { rows } = await sql.query<Omit<Viewer, 'personId'>>(
    `SELECT p.locale, p.staff_role AS "staffRole",
            coalesce(array_agg(DISTINCT pu.unit_id::text) FILTER (WHERE pu.unit_id IS NOT NULL),
                     '{}'::text[]) AS "unitIds"
       FROM people p
       LEFT JOIN person_units pu ON pu.tenant_id = p.tenant_id AND pu.person_id = p.id
                                AND pu.role IN ('owner', 'resident')
      WHERE p.tenant_id = $1 AND p.id = $2 AND p.active
      GROUP BY p.id`,
    [tenantOf(request).id, personId],
  );
  const [row] = rows;
  if (!row) throw unauthenticated();
  return { personId, ...row };
}

/**
 * Runs fn in one transaction of the request's tenant with the signed-in person loaded;
 * the shape of every route of the residents' domains.
 */
export function asViewer<T>(
  app: FastifyInstance,
  request: FastifyRequest,
  fn: (sql: Sql, viewer: Viewer, tenantId: string) => Promise<T>,
): Promise<T> {
  const tenantId = tenantOf(request).id;
  return app.db.withTenant(tenantId, async (sql) =>
    fn(sql, await viewerOf(sql, request), tenantId),
  );
}

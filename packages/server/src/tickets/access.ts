import type { FastifyInstance, FastifyRequest } from 'fastify';
import { authOf } from '../auth/authenticate.js';
import type { Sql } from '../db/scope.js';
import { ApiProblem, unauthenticated } from '../errors/problem.js';
import { tenantOf } from '../tenancy/index.js';

export const forbidden = () => new ApiProblem(403, 'forbidden');

/** The signed-in person as tickets see them: staff or not, and the units they live in or own. */
export interface Viewer {
  personId: string;
  staff: boolean;
  unitIds: string[];
}

/**
 * Whose tickets a query may touch (TKT-1): null for staff (every ticket of the tenant);
 * otherwise the person's own reports and the unit tickets of the units they own or live in.
 */
export type TicketScope = { personId: string; unitIds: string[] } | null;

export const scopeOf = (viewer: Viewer): TicketScope =>
  viewer.staff ? null : { personId: viewer.personId, unitIds: viewer.unitIds };

/** The signed-in person of a request, loaded in the caller's transaction. */
export async function viewerOf(sql: Sql, request: FastifyRequest): Promise<Viewer> {
  const personId = authOf(request).personId;
  const { rows } = await sql.query<{ staff: boolean; unit_ids: string[] }>(
    `SELECT p.staff_role IS NOT NULL AS staff,
            coalesce(array_agg(DISTINCT pu.unit_id) FILTER (WHERE pu.unit_id IS NOT NULL),
                     '{}') AS unit_ids
       FROM people p
       LEFT JOIN person_units pu ON pu.tenant_id = p.tenant_id AND pu.person_id = p.id
                                AND pu.role IN ('owner', 'resident')
      WHERE p.tenant_id = $1 AND p.id = $2 AND p.active
      GROUP BY p.id`,
    [tenantOf(request).id, personId],
  );
  const [row] = rows;
  if (!row) throw unauthenticated();
  return { personId, staff: row.staff, unitIds: row.unit_ids };
}

/** Owners and residents report faults; staff and people without a unit have no tickets of their own. */
export function requireResident(viewer: Viewer) {
  if (viewer.staff || !viewer.unitIds.length) throw forbidden();
}

/** Status changes and internal comments are the staff's. */
export function requireStaff(viewer: Viewer) {
  if (!viewer.staff) throw forbidden();
}

/** Anyone who may follow tickets at all: staff, or an owner or resident of some unit. */
export function requireFollower(viewer: Viewer) {
  if (!viewer.staff && !viewer.unitIds.length) throw forbidden();
}

/**
 * Runs fn in one transaction of the request's tenant with the signed-in person loaded;
 * the shape every tickets route has.
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

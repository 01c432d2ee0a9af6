import type { Sql } from '../db/scope.js';
import { forbidden } from '../errors/problem.js';
import { isStaff, type Viewer } from '../people/viewer.js';

/**
 * Whose tickets a query may touch (TKT-1): null for staff (every ticket of the tenant);
 * otherwise the person's own reports and the unit tickets of the units they own or live in.
 */
export type TicketScope = { personId: string; unitIds: string[] } | null;

export const scopeOf = (viewer: Viewer): TicketScope =>
  isStaff(viewer) ? null : { personId: viewer.personId, unitIds: viewer.unitIds };

/** Owners and residents report faults; staff and people without a unit have no tickets of their own. */
export function requireResident(viewer: Viewer) {
  if (isStaff(viewer) || !viewer.unitIds.length) throw forbidden();
}

/** Status changes and internal comments are the staff's. */
export function requireStaff(viewer: Viewer) {
  if (!isStaff(viewer)) throw forbidden();
}

/**
 * Anyone with tickets to follow: staff, an owner or resident of some unit, or someone who
 * reported one and has moved out since; 403 for the rest, as on the other lists.
 */
export async function requireFollower(sql: Sql, viewer: Viewer, tenantId: string) {
  if (isStaff(viewer) || viewer.unitIds.length) return;
  const reported = await sql.query(
    'SELECT 1 FROM tickets WHERE tenant_id = $1 AND reporter_id = $2 LIMIT 1',
    [tenantId, viewer.personId],
  );
  if (!reported.rowCount) throw forbidden();
}

import type { Sql } from '../db/scope.js';
import { forbidden } from '../errors/problem.js';
import { isStaff, type Viewer } from '../people/viewer.js';

/** The units whose accounts the viewer sees (FIN-1): null for staff, meaning all of them. */
export const unitsSeenBy = (viewer: Viewer): string[] | null =>
  isStaff(viewer) ? null : viewer.unitIds;

/** Staff, owners and residents have accounts to see; 403 for the rest, as on the other lists. */
export function requireAccountHolder(viewer: Viewer) {
  if (!isStaff(viewer) && !viewer.unitIds.length) throw forbidden();
}

/**
 * Only an account's owners and residents pay it (FIN-2, FIN-6): staff, who see every account
 * but owe none, and people without a unit get 403; whose account it is, is the caller's check.
 */
export function requirePayer(viewer: Viewer) {
  if (isStaff(viewer) || !viewer.unitIds.length) throw forbidden();
}

/** Whether the viewer may see the payment: its account is on one of the units (null: any). */
export async function paymentSeen(
  sql: Sql,
  q: { tenantId: string; paymentId: string; unitIds: string[] | null },
): Promise<boolean> {
  const { rowCount } = await sql.query(
    `SELECT 1 FROM payments p
       JOIN accounts a ON a.tenant_id = p.tenant_id AND a.id = p.account_id
      WHERE p.tenant_id = $1 AND p.id = $2
        AND ($3::uuid[] IS NULL OR a.unit_id = ANY($3::uuid[]))`,
    [q.tenantId, q.paymentId, q.unitIds],
  );
  return rowCount === 1;
}

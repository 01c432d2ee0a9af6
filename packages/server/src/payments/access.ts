import { forbidden } from '../errors/problem.js';
import { isStaff, type Viewer } from '../people/viewer.js';

/** The units whose accounts the viewer sees (FIN-1): null for staff, meaning all of them. */
export const unitsSeenBy = (viewer: Viewer): string[] | null =>
  isStaff(viewer) ? null : viewer.unitIds;

/** Staff, owners and residents have accounts to see; 403 for the rest, as on the other lists. */
export function requireAccountHolder(viewer: Viewer) {
  if (!isStaff(viewer) && !viewer.unitIds.length) throw forbidden();
}

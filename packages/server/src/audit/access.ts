import { forbidden } from '../errors/problem.js';
import type { Viewer } from '../people/viewer.js';

/** The log shows who changed what: managers and directors read it, anyone else gets 403. */
export function requireAuditReader(viewer: Viewer): void {
  if (viewer.staffRole !== 'manager' && viewer.staffRole !== 'director') throw forbidden();
}

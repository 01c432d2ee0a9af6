import { forbidden } from '../errors/problem.js';
import type { Viewer } from '../people/viewer.js';

/** Managers and directors see and set the company's notifications; anyone else gets 403. */
export function requireCompanyAdmin(viewer: Viewer): void {
  if (viewer.staffRole !== 'manager' && viewer.staffRole !== 'director') throw forbidden();
}

import { requireCompanyAdmin } from '../auth/company-admin.js';
import { forbidden } from '../errors/problem.js';
import type { Viewer } from '../people/viewer.js';

/** Every staff role reads the directory; owners, residents and boards get 403. */
export function requireDirectoryReader(viewer: Viewer): void {
  if (viewer.staffRole === null) throw forbidden();
}

/** Managers and directors change the directory; an accountant only reads it. */
export const requireDirectoryEditor = requireCompanyAdmin;

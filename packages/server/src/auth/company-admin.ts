import { forbidden } from '../errors/problem.js';
import type { Viewer } from '../people/viewer.js';

/**
 * The staff who run the company: they change the directory, read the audit log, set the
 * company's notifications and see the portal as a client (AUTH-3). An accountant only reads.
 */
export const companyAdminRoles: readonly NonNullable<Viewer['staffRole']>[] = [
  'manager',
  'director',
];

/** 403 unless the viewer is a manager or a director (companyAdminRoles). */
export function requireCompanyAdmin(viewer: Pick<Viewer, 'staffRole'>): void {
  if (viewer.staffRole === null || !companyAdminRoles.includes(viewer.staffRole)) {
    throw forbidden();
  }
}

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

/** Whether the viewer is a manager or a director (companyAdminRoles). */
export const isCompanyAdmin = (viewer: Pick<Viewer, 'staffRole'>): boolean =>
  viewer.staffRole !== null && companyAdminRoles.includes(viewer.staffRole);

/** 403 unless the viewer is a manager or a director (companyAdminRoles). */
export function requireCompanyAdmin(viewer: Pick<Viewer, 'staffRole'>): void {
  if (!isCompanyAdmin(viewer)) throw forbidden();
}

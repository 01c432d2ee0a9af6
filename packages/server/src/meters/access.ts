import { isCompanyAdmin } from '../auth/company-admin.js';
import { forbidden, notFound } from '../errors/problem.js';
import type { Viewer } from '../people/viewer.js';

/** Managers and directors keep meters: every meter, installation, replacement and review. */
export const keepsMeters = isCompanyAdmin;

/** 403 for a person with no meters at all: neither staff who keep them nor a resident. */
export function requireMeterAccess(viewer: Viewer) {
  if (!keepsMeters(viewer) && !viewer.unitIds.length) throw forbidden();
}

export function requireMeterKeeper(viewer: Viewer) {
  if (!keepsMeters(viewer)) throw forbidden();
}

/** 404 for a meter the person may not see: its existence is not revealed. */
export function requireVisible<M extends { unitId: string }>(
  viewer: Viewer,
  meter: M | undefined,
): asserts meter is M {
  if (!meter || !(keepsMeters(viewer) || viewer.unitIds.includes(meter.unitId))) throw notFound();
}

import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Sql } from '../db/scope.js';
import { viewerOf } from '../people/viewer.js';
import { tenantOf } from '../tenancy/index.js';
import { requireMeterKeeper } from './access.js';
import { findMeter } from './meter-rows.js';
import { meterSettings } from './settings.js';
import type { Meter } from './types.js';
import { currentWindow } from './window.js';

/** Who changes a meter, and the tenant-local day they do it on. */
export interface Keeping {
  tenantId: string;
  personId: string;
  today: string;
}

/**
 * A manager's or director's change of one meter (MTR-1) in one transaction; `change`
 * returns the meter's id, and the answer is the meter as the current window shows it.
 */
export function keepMeter(
  app: FastifyInstance,
  request: FastifyRequest,
  change: (sql: Sql, keeping: Keeping) => Promise<string>,
): Promise<Meter> {
  const tenantId = tenantOf(request).id;
  return app.db.withTenant(tenantId, async (sql) => {
    const viewer = await viewerOf(sql, request);
    requireMeterKeeper(viewer);
    const { today, window } = await meterSettings(sql, tenantId);
    const meterId = await change(sql, { tenantId, personId: viewer.personId, today });
    return findMeter(sql, { tenantId, meterId, today, period: currentWindow(today, window).month });
  });
}

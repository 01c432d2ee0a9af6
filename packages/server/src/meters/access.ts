import type { FastifyRequest } from 'fastify';
import type { Locale } from '@atrium/sdk';
import { authOf } from '../auth/authenticate.js';
import type { Sql } from '../db/scope.js';
import { ApiProblem, notFound, unauthenticated } from '../errors/problem.js';
import { tenantOf } from '../tenancy/index.js';

export const forbidden = () => new ApiProblem(403, 'forbidden');

/** The signed-in person as meters see them: staff who keep meters, or the units they live in. */
export interface MeterViewer {
  personId: string;
  locale: Locale;
  /** Managers and directors: every meter, installation, replacement and review. */
  keepsMeters: boolean;
  /** Units the person owns or lives in: their meters are read and submitted (MTR-1). */
  unitIds: string[];
}

export async function viewerOf(sql: Sql, request: FastifyRequest): Promise<MeterViewer> {
  const personId = authOf(request).personId;
  const { rows } = await sql.query<Omit<MeterViewer, 'personId'>>(
    `SELECT p.locale, coalesce(p.staff_role IN ('manager', 'director'), false) AS "keepsMeters",
            coalesce(array_agg(DISTINCT pu.unit_id::text) FILTER (WHERE pu.unit_id IS NOT NULL),
                     '{}'::text[]) AS "unitIds"
       FROM people p
       LEFT JOIN person_units pu ON pu.tenant_id = p.tenant_id AND pu.person_id = p.id
                                AND pu.role IN ('owner', 'resident')
      WHERE p.tenant_id = $1 AND p.id = $2 AND p.active
      GROUP BY p.id`,
    [tenantOf(request).id, personId],
  );
  const [row] = rows;
  if (!row) throw unauthenticated();
  return { personId, ...row };
}

/** 403 for a person with no meters at all: neither staff who keep them nor a resident. */
export function requireMeterAccess(viewer: MeterViewer) {
  if (!viewer.keepsMeters && !viewer.unitIds.length) throw forbidden();
}

export function requireMeterKeeper(viewer: MeterViewer) {
  if (!viewer.keepsMeters) throw forbidden();
}

/** 404 for a meter the person may not see: its existence is not revealed. */
export function requireVisible<M extends { unitId: string }>(
  viewer: MeterViewer,
  meter: M | undefined,
): asserts meter is M {
  if (!meter || !(viewer.keepsMeters || viewer.unitIds.includes(meter.unitId))) throw notFound();
}

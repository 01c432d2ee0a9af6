import type { Sql } from '../../db/scope.js';
import { findPaymentType } from '../types/repository.js';
import { rejected } from './refusals.js';

/** What a points payment needs of its type (FIN-5). */
export interface PointsType {
  id: string;
  maxPercent: number;
  pointValue: number;
}

/** The type if it is one of the tenant's enabled `points` types; else 422 payment_type_unavailable. */
export async function usablePointsType(
  sql: Sql,
  q: { tenantId: string; paymentTypeId: string },
): Promise<PointsType> {
  const type = await findPaymentType(sql, q);
  if (!type?.enabled || type.kind !== 'points' || type.pointValue === null) {
    throw rejected('paymentTypeId', 'payment_type_unavailable');
  }
  return { id: type.id, maxPercent: type.maxPercent, pointValue: type.pointValue };
}

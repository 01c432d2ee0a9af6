import type { Sql } from '../../db/scope.js';
import { findPaymentType } from '../payment-types/repository.js';
import { rejected } from '../refusals.js';

/** What a points payment needs of its type (FIN-5). */
export interface PointsType {
  id: string;
  /** The loyalty program whose cards and points pay by it. */
  program: string;
  maxPercent: number;
  pointValue: number;
}

/**
 * The type as it is now, if it is one of the tenant's enabled `points` types; else 422
 * payment_type_unavailable. `lock: 'share'` holds it unchanged to the end of the transaction.
 */
export async function usablePointsType(
  sql: Sql,
  q: { tenantId: string; paymentTypeId: string; lock?: 'share' },
): Promise<PointsType> {
  const type = await findPaymentType(sql, q);
  if (
    !type?.enabled ||
    type.kind !== 'points' ||
    type.loyaltyProgram === null ||
    type.pointValue === null
  ) {
    throw rejected('paymentTypeId', 'payment_type_unavailable');
  }
  const { id, loyaltyProgram: program, maxPercent, pointValue } = type;
  return { id, program, maxPercent, pointValue };
}

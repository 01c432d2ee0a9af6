import { one, type Sql } from '../../db/scope.js';
import { invalidInput } from '../../errors/problem.js';
import type { PaymentType } from '../types.js';

const selectTypes = `
  SELECT id, name, kind, loyalty_program AS "loyaltyProgram",
         loyalty_currency AS "loyaltyCurrency", max_percent AS "maxPercent",
         point_value AS "pointValue", enabled
    FROM payment_types`;

/** The fields a payment type is stored with (a new one's, or a change's new values). */
export type PaymentTypeFields = Omit<PaymentType, 'id'>;

/** The tenant's payment types by name (byte order, alike on both engines); or only the enabled. */
export async function listPaymentTypes(
  sql: Sql,
  q: { tenantId: string; enabledOnly: boolean },
): Promise<PaymentType[]> {
  const { rows } = await sql.query<PaymentType>(
    `${selectTypes} WHERE tenant_id = $1 AND (enabled OR NOT $2)
      ORDER BY name COLLATE "C", id`,
    [q.tenantId, q.enabledOnly],
  );
  return rows;
}

/**
 * One of the tenant's payment types, as it is now; `lock` holds it to the end of the caller's
 * transaction: `update` (to change it) against any other, `share` (to pay by it) against a
 * change.
 */
export async function findPaymentType(
  sql: Sql,
  q: { tenantId: string; paymentTypeId: string; lock?: 'share' | 'update' },
): Promise<PaymentType | null> {
  const lock = q.lock ? `FOR ${q.lock.toUpperCase()}` : '';
  const { rows } = await sql.query<PaymentType>(
    `${selectTypes} WHERE tenant_id = $1 AND id = $2 ${lock}`,
    [q.tenantId, q.paymentTypeId],
  );
  return rows[0] ?? null;
}

/** A name another of the tenant's types has. */
const nameTaken = () => invalidInput([{ field: 'name', code: 'name_taken' }]);

// Names are unique per tenant (051): a name taken, even by a type added meanwhile, is refused.
function refuseTakenName(error: unknown): never {
  const { code, constraint } = error as { code?: string; constraint?: string };
  if (code === '23505' && constraint === 'payment_types_name_unique') throw nameTaken();
  throw error;
}

/** Stores a new type. */
export async function insertPaymentType(
  sql: Sql,
  q: { tenantId: string; fields: PaymentTypeFields },
): Promise<PaymentType> {
  const f = q.fields;
  const inserted = await sql
    .query<{ id: string }>(
      `INSERT INTO payment_types (tenant_id, name, kind, loyalty_program, loyalty_currency,
                                 max_percent, point_value, enabled)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       RETURNING id`,
      [
        q.tenantId,
        f.name,
        f.kind,
        f.loyaltyProgram,
        f.loyaltyCurrency,
        f.maxPercent,
        f.pointValue,
        f.enabled,
      ],
    )
    .catch(refuseTakenName);
  return { id: one(inserted).id, ...f };
}

/** Writes a type's fields (its kind and its program never change). */
export async function updatePaymentType(
  sql: Sql,
  q: { tenantId: string; paymentTypeId: string; fields: PaymentTypeFields },
): Promise<void> {
  const f = q.fields;
  await sql
    .query(
      `UPDATE payment_types
        SET name = $3, loyalty_currency = $4, max_percent = $5, point_value = $6, enabled = $7
      WHERE tenant_id = $1 AND id = $2`,
      [
        q.tenantId,
        q.paymentTypeId,
        f.name,
        f.loyaltyCurrency,
        f.maxPercent,
        f.pointValue,
        f.enabled,
      ],
    )
    .catch(refuseTakenName);
}

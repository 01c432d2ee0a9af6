import type { Sql } from '../db/scope.js';
import type { Dial } from './rules.js';

/** A meter's device and unit, locked for the transaction when asked. */
export interface MeterFacts extends Dial {
  id: string;
  unitId: string;
  serialNumber: string;
  installedOn: string;
}

/**
 * The meters of `ids` that the tenant has. Locking them (sorted by id, so two submissions
 * never wait for each other in a circle) makes a second submission of the same meters read
 * what the first one stored.
 */
export async function meterFacts(
  sql: Sql,
  q: { tenantId: string; ids: string[]; lock: boolean },
): Promise<Map<string, MeterFacts>> {
  const { rows } = await sql.query<MeterFacts>(
    `SELECT id, unit_id AS "unitId", serial_number AS "serialNumber", digits, decimals,
            installed_on::text AS "installedOn", verification_due_on::text AS "verificationDueOn"
       FROM meters WHERE tenant_id = $1 AND id = ANY($2::uuid[])
      ORDER BY id ${q.lock ? 'FOR UPDATE' : ''}`,
    [q.tenantId, q.ids],
  );
  return new Map(rows.map((row) => [row.id, row]));
}

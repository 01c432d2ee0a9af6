import type { Locale, Role } from '@atrium/sdk';
import type { Sql } from '../db/scope.js';

export interface OwnedUnit {
  id: string;
  number: string;
}

/** The signed-in person as reports see them: staff or not, and the units they own. */
export interface Viewer {
  personId: string;
  name: string;
  locale: Locale;
  staffRole: Extract<Role, 'manager' | 'director' | 'accountant'> | null;
  units: OwnedUnit[];
}

export async function loadViewer(
  sql: Sql,
  tenantId: string,
  personId: string,
): Promise<Viewer | null> {
  const { rows } = await sql.query<Omit<Viewer, 'personId'>>(
    `SELECT p.name, p.locale, p.staff_role AS "staffRole",
            coalesce(json_agg(json_build_object('id', u.id, 'number', u.number)
                       ORDER BY u.number COLLATE "C", u.id)
                       FILTER (WHERE u.id IS NOT NULL), '[]') AS units
       FROM people p
       LEFT JOIN person_units pu
         ON pu.tenant_id = p.tenant_id AND pu.person_id = p.id AND pu.role = 'owner'
       LEFT JOIN units u ON u.tenant_id = pu.tenant_id AND u.id = pu.unit_id
      WHERE p.tenant_id = $1 AND p.id = $2 AND p.active
      GROUP BY p.id`,
    [tenantId, personId],
  );
  const [row] = rows;
  return row ? { personId, ...row } : null;
}

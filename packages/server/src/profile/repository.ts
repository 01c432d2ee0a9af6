import type { Profile, ProfileChange, ProfileUnit } from '@atrium/sdk';
import { one, type Sql } from '../db/scope.js';
import { unitOrder } from '../directory/units.js';
import { rolesInOrder } from '../directory/link-roles.js';
import { preferencesOf } from '../notifications/settings.js';
import type { Viewer } from '../people/viewer.js';
import { kindsFor } from './kinds.js';

// An e-mail change of the person `p` asked for and still waiting to be confirmed.
const openEmailChange = (alias: string) => `
  ${alias}.tenant_id = p.tenant_id AND ${alias}.person_id = p.id
  AND ${alias}.confirmed_at IS NULL AND ${alias}.replaced_at IS NULL AND ${alias}.expires_at > now()`;

/**
 * The units the person owns or lives in (with every role they hold there), by property name
 * and natural unit number, each with the latest number of occupants declared for it; only
 * `unitId` when given.
 */
export async function profileUnits(
  sql: Sql,
  q: { tenantId: string; personId: string; unitId?: string },
): Promise<ProfileUnit[]> {
  const { rows } = await sql.query<ProfileUnit>(
    `SELECT u.id AS "unitId", u.number AS "unitNumber", pr.name AS "propertyName", l.roles,
            d.occupants,
            to_char(d.declared_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
              AS "occupantsDeclaredAt"
       FROM (SELECT pu.unit_id,
                    ${rolesInOrder('pu')} AS roles
               FROM person_units pu
              WHERE pu.tenant_id = $1 AND pu.person_id = $2
                AND ($3::uuid IS NULL OR pu.unit_id = $3)
              GROUP BY pu.unit_id
             HAVING bool_or(pu.role IN ('owner', 'resident'))) l
       JOIN units u ON u.tenant_id = $1 AND u.id = l.unit_id
       JOIN properties pr ON pr.tenant_id = $1 AND pr.id = u.property_id
       LEFT JOIN LATERAL (SELECT o.occupants, o.declared_at FROM occupant_declarations o
                           WHERE o.tenant_id = $1 AND o.unit_id = u.id
                           ORDER BY o.declared_at DESC, o.id DESC LIMIT 1) d ON true
      ORDER BY pr.name COLLATE "C", ${unitOrder('u.number COLLATE "C"')}, u.id`,
    [q.tenantId, q.personId, q.unitId ?? null],
  );
  return rows;
}

/** The signed-in person's profile (FIN-4, NOTE-1). */
export async function loadProfile(sql: Sql, tenantId: string, viewer: Viewer): Promise<Profile> {
  const { personId } = viewer;
  const person = one(
    await sql.query<Pick<Profile, 'id' | 'name' | 'email' | 'pendingEmail' | 'phone' | 'locale'>>(
      `SELECT p.id, p.name, p.email, p.phone, p.locale,
              (SELECT e.email FROM email_changes e WHERE ${openEmailChange('e')}
                ORDER BY e.created_at DESC LIMIT 1) AS "pendingEmail"
         FROM people p WHERE p.tenant_id = $1 AND p.id = $2`,
      [tenantId, personId],
    ),
  );
  return {
    ...person,
    units: await profileUnits(sql, { tenantId, personId }),
    notifications: await preferencesOf(sql, { tenantId, personId, kinds: kindsFor(viewer) }),
  };
}

/**
 * Writes the name, phone or language sent; `phone: null` clears it. A phone the person
 * changes themselves proves nothing (DIR-5 matches registrations only on trusted phones), so
 * it is untrusted until staff write it or a code proves it; one sent unchanged stays as it was.
 */
export async function updateContacts(
  sql: Sql,
  q: { tenantId: string; personId: string; change: ProfileChange },
): Promise<void> {
  const { change } = q;
  await sql.query(
    `UPDATE people
        SET name = coalesce($3, name),
            phone = CASE WHEN $4::boolean THEN $5 ELSE phone END,
            phone_trusted = phone_trusted AND NOT ($4::boolean AND phone IS DISTINCT FROM $5),
            locale = coalesce($6, locale)
      WHERE tenant_id = $1 AND id = $2`,
    [
      q.tenantId,
      q.personId,
      change.name ?? null,
      change.phone !== undefined,
      change.phone ?? null,
      change.locale ?? null,
    ],
  );
}

import type { DirectoryPerson, Locale, PersonChange, PersonInput, PortalAccess } from '@atrium/sdk';
import { one, type Sql } from '../../db/scope.js';
import { notFound } from '../../errors/problem.js';
import type { Viewer } from '../../people/viewer.js';
import { rolesInOrder } from '../link-roles.js';
import { byName, contains, entryById, pageOf, type ListQuery } from '../places/reads.js';
import { unitOrder } from '../units.js';
import { emailUnique } from './email.js';
import type { PeopleFilter } from './filter.js';

/** AUTH-1 as the data says it: a password, else a link not used yet, else nothing. */
const portalAccessOf = (alias: string) => `
  CASE WHEN ${alias}.password_hash IS NOT NULL THEN 'active'
       WHEN EXISTS (SELECT 1 FROM password_resets r
                     WHERE r.tenant_id = ${alias}.tenant_id AND r.person_id = ${alias}.id
                       AND r.used_at IS NULL AND r.expires_at > now()) THEN 'invited'
       ELSE 'none' END`;

// The person's units by property and natural number, each with its roles in the contract's
// order and the owner's share, exact.
const unitsOf = (alias: string) => `
  (SELECT coalesce(json_agg(json_build_object(
            'unitId', u.id, 'unitNumber', u.number, 'propertyId', pr.id,
            'propertyName', pr.name, 'roles', l.roles, 'ownershipShare', l.share)
            ORDER BY pr.name, ${unitOrder('u.number')}, u.id), '[]'::json)
     FROM (SELECT pu.unit_id,
                  ${rolesInOrder('pu')} AS roles,
                  trim_scale(max(pu.ownership_share))::text AS share
             FROM person_units pu
            WHERE pu.tenant_id = ${alias}.tenant_id AND pu.person_id = ${alias}.id
            GROUP BY pu.unit_id) l
     JOIN units u ON u.tenant_id = ${alias}.tenant_id AND u.id = l.unit_id
     JOIN properties pr ON pr.tenant_id = u.tenant_id AND pr.id = u.property_id)`;

// People as the directory shows them, `x` for the person (the shape of places/reads.ts).
const selectPeople = `
  SELECT x.id, x.name, x.email, x.phone, x.locale, x.staff_role AS "staffRole",
         x.receives_registrations AS "receivesRegistrations", x.active,
         ${portalAccessOf('x')} AS "portalAccess", ${unitsOf('x')} AS units,
         to_char(x.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "createdAt"
    FROM people x`;

/** One person of the tenant as the directory shows them; 404 when there is none. */
export const personDetail = (sql: Sql, tenantId: string, id: string) =>
  entryById<DirectoryPerson>(sql, { select: selectPeople, tenantId, id });

/**
 * A page of the tenant's people by name; the text is looked for in the name, the e-mail
 * and the phone. A role, property or unit narrows them to one link holding all it says.
 */
export const listPeople = (sql: Sql, q: ListQuery & { filter: PeopleFilter }) =>
  pageOf<DirectoryPerson>(sql, {
    ...q,
    table: 'people',
    select: selectPeople,
    search: ['x.name', "coalesce(x.email, '')", "coalesce(x.phone, '')"]
      .map((column) => contains(column, 2))
      .join(' OR '),
    order: byName('x'),
    cursorOrder: `SELECT ${byName('c')} FROM people c WHERE c.tenant_id = $1 AND c.id = $3`,
    filters: [
      '(NOT $5::boolean OR x.staff_role IS NOT NULL)',
      `($6::text IS NULL AND $7::uuid IS NULL AND $8::uuid IS NULL
        OR EXISTS (SELECT 1 FROM person_units pu
                     JOIN units u ON u.tenant_id = pu.tenant_id AND u.id = pu.unit_id
                    WHERE pu.tenant_id = x.tenant_id AND pu.person_id = x.id
                      AND ($6::text IS NULL OR pu.role = $6)
                      AND ($7::uuid IS NULL OR u.property_id = $7)
                      AND ($8::uuid IS NULL OR pu.unit_id = $8)))`,
    ],
    values: [q.filter.staff, q.filter.unitRole, q.filter.propertyId, q.filter.unitId],
  });

/** Whether the person is one of the tenant's (a filter naming another is 404). */
export async function personExists(sql: Sql, tenantId: string, personId: string) {
  const { rowCount } = await sql.query('SELECT 1 FROM people WHERE tenant_id = $1 AND id = $2', [
    tenantId,
    personId,
  ]);
  return rowCount === 1;
}

/** A person as a change to them needs them, locked until the transaction ends. */
export interface LockedPerson {
  id: string;
  name: string;
  email: string | null;
  locale: Locale;
  staffRole: Viewer['staffRole'];
  active: boolean;
  portalAccess: PortalAccess;
  /** Linked to at least one unit. */
  linked: boolean;
}

/** Locks a person of the tenant for a change; 404 when there is none. */
export async function lockPerson(
  sql: Sql,
  tenantId: string,
  personId: string,
): Promise<LockedPerson> {
  const { rows } = await sql.query<LockedPerson>(
    `SELECT p.id, p.name, p.email, p.locale, p.staff_role AS "staffRole", p.active,
            ${portalAccessOf('p')} AS "portalAccess",
            EXISTS (SELECT 1 FROM person_units pu
                     WHERE pu.tenant_id = p.tenant_id AND pu.person_id = p.id) AS linked
       FROM people p WHERE p.tenant_id = $1 AND p.id = $2
        FOR UPDATE OF p`,
    [tenantId, personId],
  );
  const [person] = rows;
  if (!person) throw notFound();
  return person;
}

/** Adds a person with no staff role and no portal access; e-mail stored in lower case. */
export async function insertPerson(sql: Sql, tenantId: string, input: PersonInput) {
  const inserted = await emailUnique(
    sql.query<{ id: string }>(
      `INSERT INTO people (tenant_id, name, email, phone, locale)
       VALUES ($1, $2, lower($3), $4, $5) RETURNING id`,
      [tenantId, input.name, input.email ?? null, input.phone ?? null, input.locale],
    ),
  );
  return one(inserted).id;
}

/**
 * Writes the fields a change sent; `null` clears the e-mail or the phone. A phone staff write
 * is trusted (DIR-5 matches registrations by it), as one proven by a code is. Returns the
 * e-mail as stored.
 */
export async function updatePerson(
  sql: Sql,
  q: { tenantId: string; personId: string; change: PersonChange },
): Promise<{ email: string | null }> {
  const { change } = q;
  const updated = await emailUnique(
    sql.query<{ email: string | null }>(
      `UPDATE people
          SET name = coalesce($3, name),
              email = CASE WHEN $4::boolean THEN lower($5) ELSE email END,
              phone = CASE WHEN $6::boolean THEN $7 ELSE phone END,
              phone_trusted = phone_trusted OR $6::boolean,
              locale = coalesce($8, locale),
              active = coalesce($9, active),
              receives_registrations = coalesce($10, receives_registrations)
        WHERE tenant_id = $1 AND id = $2
        RETURNING email`,
      [
        q.tenantId,
        q.personId,
        change.name ?? null,
        change.email !== undefined,
        change.email ?? null,
        change.phone !== undefined,
        change.phone ?? null,
        change.locale ?? null,
        change.active ?? null,
        change.receivesRegistrations ?? null,
      ],
    ),
  );
  return one(updated);
}

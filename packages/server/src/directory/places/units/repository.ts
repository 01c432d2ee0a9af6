import type { Unit } from '@atrium/sdk';
import type { Sql } from '../../../db/scope.js';
import { rolesInOrder } from '../../link-roles.js';
import { unitOrder } from '../../units.js';
import { contains, entryById, pageOf, type ListQuery } from '../reads.js';

// Accounts open ones first; people by name, each with their roles in the contract's order
// and the owner's share as the exact decimal it is (0.5, not 0.50000000).
const select = `
  SELECT x.id, x.property_id AS "propertyId", p.name AS "propertyName", x.number,
         x.area::text AS area, x.active,
         (SELECT coalesce(json_agg(json_build_object('id', a.id, 'unitId', a.unit_id,
                                                     'number', a.number, 'active', a.active)
                                   ORDER BY a.active DESC, a.number COLLATE "C", a.id), '[]')
            FROM accounts a WHERE a.tenant_id = x.tenant_id AND a.unit_id = x.id) AS accounts,
         (SELECT coalesce(json_agg(json_build_object('personId', l.person_id, 'name', l.name,
                                                     'active', l.active, 'roles', l.roles,
                                                     'ownershipShare', l.share)
                                   ORDER BY l.name COLLATE "C", l.person_id), '[]')
            FROM (SELECT pu.person_id, pe.name, pe.active,
                         ${rolesInOrder('pu')} AS roles,
                         trim_scale(max(pu.ownership_share))::text AS share
                    FROM person_units pu
                    JOIN people pe ON pe.tenant_id = pu.tenant_id AND pe.id = pu.person_id
                   WHERE pu.tenant_id = x.tenant_id AND pu.unit_id = x.id
                   GROUP BY pu.person_id, pe.name, pe.active) l) AS people
    FROM units x
    JOIN properties p ON p.tenant_id = x.tenant_id AND p.id = x.property_id`;

/** The unit with its accounts and people; 404 if it is not the tenant's. */
export const unitById = (sql: Sql, q: { tenantId: string; id: string }) =>
  entryById<Unit>(sql, { ...q, select });

// By property name, then unit number in natural order (2 before 10), then id; in byte
// order, so both engines page alike whatever their collation.
const place = (u: string, p: string) =>
  `${p}.name COLLATE "C", ${unitOrder(`${u}.number COLLATE "C"`)}, ${u}.id`;

// The unit's number, one of its accounts' numbers or a linked person's name.
const search = `(${contains('x.number', 2)}
  OR EXISTS (SELECT 1 FROM accounts a
              WHERE a.tenant_id = x.tenant_id AND a.unit_id = x.id AND ${contains('a.number', 2)})
  OR EXISTS (SELECT 1 FROM person_units pu
               JOIN people pe ON pe.tenant_id = pu.tenant_id AND pe.id = pu.person_id
              WHERE pu.tenant_id = x.tenant_id AND pu.unit_id = x.id AND ${contains('pe.name', 2)}))`;

/** A page of the tenant's units, or of one property's. */
export const listUnits = (sql: Sql, q: ListQuery & { propertyId: string | null }) =>
  pageOf<Unit>(sql, {
    ...q,
    table: 'units',
    select,
    search,
    order: place('x', 'p'),
    cursorOrder: `SELECT ${place('c', 'cp')} FROM units c
                    JOIN properties cp ON cp.tenant_id = c.tenant_id AND cp.id = c.property_id
                   WHERE c.tenant_id = $1 AND c.id = $3`,
    filters: ['($5::uuid IS NULL OR x.property_id = $5)'],
    values: [q.propertyId],
  });

import type { LinkRole, PeopleQuery } from '@atrium/sdk';
import type { Sql } from '../../db/scope.js';
import { requireEntry } from '../places/levels.js';

/** What listPeople narrows the people to, besides the text and the state. */
export interface PeopleFilter {
  /** Only people with a staff role (`role=staff`). */
  staff: boolean;
  /** Only people holding this role for some unit (of the property or unit asked for). */
  unitRole: LinkRole | null;
  propertyId: string | null;
  unitId: string | null;
}

/** The filter of a listPeople query; a property or unit not of the tenant is 404. */
export async function peopleFilter(
  sql: Sql,
  tenantId: string,
  { role, propertyId, unitId }: PeopleQuery,
): Promise<PeopleFilter> {
  if (propertyId !== undefined) await requireEntry(sql, 'property', tenantId, propertyId);
  if (unitId !== undefined) await requireEntry(sql, 'unit', tenantId, unitId);
  return {
    staff: role === 'staff',
    unitRole: role === undefined || role === 'staff' ? null : role,
    propertyId: propertyId ?? null,
    unitId: unitId ?? null,
  };
}

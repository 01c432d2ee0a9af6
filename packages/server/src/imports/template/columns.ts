import type { ImportKind } from '@atrium/sdk';

/**
 * When a cell must be filled: `always`; `optional`; or only in some rows (a new unit's
 * area, a person's name and roles, an owner's share, a quarter's group).
 */
export type Requirement =
  'always' | 'optional' | 'newUnit' | 'withPerson' | 'withOwner' | 'withQuarter';

export const propertyColumns = [
  'name',
  'type',
  'legal_entity',
  'address',
  'total_area',
  'quarter',
  'group',
] as const;
export type PropertyColumn = (typeof propertyColumns)[number];

export const unitColumns = [
  'property',
  'unit_number',
  'unit_area',
  'account_number',
  'person_name',
  'person_email',
  'person_phone',
  'person_locale',
  'roles',
  'ownership_share',
] as const;
export type UnitColumn = (typeof unitColumns)[number];

export type ColumnKey = PropertyColumn | UnitColumn;

/** The columns of each kind of import, in the template's order, and when each is filled. */
export const requirements: {
  properties: Record<PropertyColumn, Requirement>;
  units: Record<UnitColumn, Requirement>;
} = {
  properties: {
    name: 'always',
    type: 'always',
    legal_entity: 'always',
    address: 'always',
    total_area: 'always',
    quarter: 'optional',
    group: 'withQuarter',
  },
  units: {
    property: 'always',
    unit_number: 'always',
    unit_area: 'newUnit',
    account_number: 'optional',
    person_name: 'withPerson',
    person_email: 'optional',
    person_phone: 'optional',
    person_locale: 'optional',
    roles: 'withPerson',
    ownership_share: 'withOwner',
  },
};

/** The column keys of a kind, in order. */
export const columnsOf = (kind: ImportKind): readonly ColumnKey[] =>
  kind === 'properties' ? propertyColumns : unitColumns;

/** Whether the header row must hold the column: it is filled in every row, or a new unit's. */
export const headerNeeds = (requirement: Requirement) =>
  requirement === 'always' || requirement === 'newUnit';

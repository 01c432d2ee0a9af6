import type {
  PropertyGroup,
  PropertyGroupChange,
  PropertyGroupInput,
  PropertyGroupsQuery,
} from '@atrium/sdk';
import type { EntryKind, ListParams } from '../kind.js';
import { entryById, pageByName } from '../reads.js';
import { changeEntry, createEntry } from '../write.js';

const select = 'SELECT x.id, x.name, x.active FROM property_groups x';
const columns = { name: 'name' };

/** Groups of properties (DIR-2), the largest places: a group holds quarters. */
export const groups: EntryKind<
  PropertyGroup,
  PropertyGroupsQuery & ListParams,
  PropertyGroupInput,
  PropertyGroupChange
> = {
  path: '/property-groups',
  idParam: 'groupId',
  operations: {
    list: 'listPropertyGroups',
    create: 'createPropertyGroup',
    get: 'getPropertyGroup',
    update: 'updatePropertyGroup',
  },
  list: (sql, { query, ...q }) =>
    pageByName(sql, { ...q, q: query.q, limit: query.limit, table: 'property_groups', select }),
  get: (sql, q) => entryById(sql, { ...q, select }),
  create: (sql, { input, ...q }) =>
    createEntry(sql, 'group', { ...q, body: input, columns, parentId: null }),
  change: (sql, { change, ...q }) => changeEntry(sql, 'group', { ...q, body: change, columns }),
};

import type { Quarter, QuarterChange, QuarterInput, QuartersQuery } from '@atrium/sdk';
import type { EntryKind, ListParams } from '../kind.js';
import { requireEntry } from '../levels.js';
import { entryById, pageByName } from '../reads.js';
import { changeEntry, createEntry } from '../write.js';

const select = `
  SELECT x.id, x.name, x.group_id AS "groupId", g.name AS "groupName", x.active
    FROM quarters x
    JOIN property_groups g ON g.tenant_id = x.tenant_id AND g.id = x.group_id`;
const columns = { name: 'name' };

/** Quarters (DIR-2): each in a group, holding properties. */
export const quarters: EntryKind<Quarter, QuartersQuery & ListParams, QuarterInput, QuarterChange> =
  {
    path: '/quarters',
    idParam: 'quarterId',
    operations: {
      list: 'listQuarters',
      create: 'createQuarter',
      get: 'getQuarter',
      update: 'updateQuarter',
    },
    async list(sql, { query, ...q }) {
      const groupId = query.groupId ?? null;
      if (groupId !== null) await requireEntry(sql, 'group', q.tenantId, groupId);
      return pageByName(sql, {
        ...q,
        q: query.q,
        limit: query.limit,
        table: 'quarters',
        select,
        filters: ['($5::uuid IS NULL OR x.group_id = $5)'],
        values: [groupId],
      });
    },
    get: (sql, q) => entryById(sql, { ...q, select }),
    create: (sql, { input, ...q }) =>
      createEntry(sql, 'quarter', { ...q, body: input, columns, parentId: input.groupId }),
    change: (sql, { change, ...q }) =>
      changeEntry(sql, 'quarter', { ...q, body: change, columns, parentId: change.groupId }),
  };

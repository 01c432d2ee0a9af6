import type { Unit, UnitChange, UnitInput, UnitsQuery } from '@atrium/sdk';
import type { EntryKind, ListParams } from '../kind.js';
import { requireEntry } from '../levels.js';
import { changeEntry, createEntry } from '../write.js';
import { listUnits, unitById } from './repository.js';

const columns = { number: 'number', area: 'area' };

/**
 * Units (DIR-3): each in a property, which it never leaves, with its number there, its area,
 * its accounts and its people.
 */
export const units: EntryKind<Unit, UnitsQuery & ListParams, UnitInput, UnitChange> = {
  path: '/units',
  idParam: 'unitId',
  operations: { list: 'listUnits', create: 'createUnit', get: 'getUnit', update: 'updateUnit' },
  async list(sql, { query, ...q }) {
    const propertyId = query.propertyId ?? null;
    if (propertyId !== null) await requireEntry(sql, 'property', q.tenantId, propertyId);
    return listUnits(sql, { ...q, q: query.q, limit: query.limit, propertyId });
  },
  get: unitById,
  create: (sql, { input, ...q }) =>
    createEntry(sql, 'unit', {
      ...q,
      body: input,
      columns,
      parentId: input.propertyId,
    }),
  change: (sql, { change, ...q }) => changeEntry(sql, 'unit', { ...q, body: change, columns }),
};

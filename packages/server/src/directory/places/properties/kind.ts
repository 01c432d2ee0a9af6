import type { PropertiesQuery, Property, PropertyChange, PropertyInput } from '@atrium/sdk';
import type { EntryKind, ListParams } from '../kind.js';
import { requireEntry } from '../levels.js';
import { entryById, pageByName } from '../reads.js';
import { changeEntry, createEntry } from '../write.js';

// unitCount: its active units
const select = `
  SELECT x.id, x.name, x.type, x.legal_entity AS "legalEntity", x.address,
         x.total_area::text AS "totalArea", x.quarter_id AS "quarterId", x.active,
         (SELECT count(*)::int FROM units u
           WHERE u.tenant_id = x.tenant_id AND u.property_id = x.id AND u.active) AS "unitCount",
         x.self_registration AS "selfRegistration",
         x.bank_account AS "bankAccount", x.bank_name AS "bankName", x.bank_code AS "bankCode",
         x.correspondent_account AS "correspondentAccount", x.tax_id AS "taxId"
    FROM properties x`;
const columns = {
  name: 'name',
  type: 'type',
  legalEntity: 'legal_entity',
  address: 'address',
  totalArea: 'total_area',
  selfRegistration: 'self_registration',
  bankAccount: 'bank_account',
  bankName: 'bank_name',
  bankCode: 'bank_code',
  correspondentAccount: 'correspondent_account',
  taxId: 'tax_id',
};

/**
 * Properties (DIR-1): each with the fields an owners' meeting needs, in a quarter or in none
 * (so in no group, DIR-2), holding units.
 */
export const properties: EntryKind<
  Property,
  PropertiesQuery & ListParams,
  PropertyInput,
  PropertyChange
> = {
  path: '/properties',
  idParam: 'propertyId',
  operations: {
    list: 'listProperties',
    create: 'createProperty',
    get: 'getProperty',
    update: 'updateProperty',
  },
  async list(sql, { query, ...q }) {
    const groupId = query.groupId ?? null;
    const quarterId = query.quarterId ?? null;
    if (groupId !== null) await requireEntry(sql, 'group', q.tenantId, groupId);
    if (quarterId !== null) await requireEntry(sql, 'quarter', q.tenantId, quarterId);
    return pageByName(sql, {
      ...q,
      q: query.q,
      limit: query.limit,
      table: 'properties',
      select,
      filters: [
        `($5::uuid IS NULL OR x.quarter_id IN
           (SELECT id FROM quarters WHERE tenant_id = $1 AND group_id = $5))`,
        '($6::uuid IS NULL OR x.quarter_id = $6)',
      ],
      values: [groupId, quarterId],
    });
  },
  get: (sql, q) => entryById(sql, { ...q, select }),
  create: (sql, { input, ...q }) =>
    createEntry(sql, 'property', {
      ...q,
      body: input,
      columns,
      parentId: input.quarterId ?? null,
    }),
  change: (sql, { change, ...q }) =>
    changeEntry(sql, 'property', {
      ...q,
      body: change,
      columns,
      parentId: change.quarterId,
    }),
};

import { randomUUID } from 'node:crypto';
import type { ImportCounts } from '@atrium/sdk';
import type { Sql } from '../../../db/scope.js';
import { distinct, type Writer } from '../kind.js';
import type { PropertyPlan } from './check.js';

/** New groups, then new quarters in them, each once; the entries then know their ids. */
async function writePlaces(
  sql: Sql,
  tenantId: string,
  plans: PropertyPlan[],
  created: ImportCounts,
) {
  const quarters = distinct(plans.flatMap((p) => p.quarter ?? [])).filter((q) => q.id === null);
  const groups = distinct(quarters.map((q) => q.group)).filter((g) => g.id === null);
  for (const entry of [...groups, ...quarters]) entry.id = randomUUID();
  if (groups.length) {
    await sql.query(
      `INSERT INTO property_groups (id, tenant_id, name)
       SELECT k.id, $1, k.name FROM unnest($2::uuid[], $3::text[]) AS k(id, name)`,
      [tenantId, groups.map((g) => g.id), groups.map((g) => g.name)],
    );
    created.groups += groups.length;
  }
  if (quarters.length) {
    await sql.query(
      `INSERT INTO quarters (id, tenant_id, group_id, name)
       SELECT k.id, $1, k.group_id, k.name
         FROM unnest($2::uuid[], $3::uuid[], $4::text[]) AS k(id, group_id, name)`,
      [
        tenantId,
        quarters.map((q) => q.id),
        quarters.map((q) => q.group.id),
        quarters.map((q) => q.name),
      ],
    );
    created.quarters += quarters.length;
  }
}

/** Writes a checked batch of property rows, their new quarters and groups first. */
export const writePropertyRows: Writer<PropertyPlan> = async (
  sql,
  { tenantId },
  plans,
  created,
) => {
  if (!plans.length) return;
  await writePlaces(sql, tenantId, plans, created);
  const inputs = plans.map((p) => p.input);
  await sql.query(
    `INSERT INTO properties (tenant_id, quarter_id, name, type, legal_entity, address, total_area)
     SELECT $1, k.quarter_id, k.name, k.type, k.legal_entity, k.address, k.total_area
       FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::numeric[])
         AS k(quarter_id, name, type, legal_entity, address, total_area)`,
    [
      tenantId,
      plans.map((p) => p.quarter?.id ?? null),
      inputs.map((i) => i.name),
      inputs.map((i) => i.type),
      inputs.map((i) => i.legalEntity),
      inputs.map((i) => i.address),
      inputs.map((i) => i.totalArea),
    ],
  );
  created.properties += plans.length;
};

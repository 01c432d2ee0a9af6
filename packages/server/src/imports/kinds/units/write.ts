import { randomUUID } from 'node:crypto';
import type { ImportCounts } from '@atrium/sdk';
import type { Sql } from '../../../db/scope.js';
import { distinct, type PassContext, type Writer } from '../kind.js';
import type { RowPlan } from './check.js';
import { areaScale, fromUnits, type AccountEntry, type UnitEntry } from './state.js';

interface Link {
  unitId: string;
  personId: string;
  role: string;
  share?: string | null;
}

const linkKey = (link: Link) => `${link.unitId}\n${link.personId}\n${link.role}`;

const areaText = (area: number | null) => (area === null ? null : fromUnits(area, areaScale));

/**
 * New units, and the areas the file changes, a statement each for the batch; the entries
 * then know the ids and areas as stored, so a later batch neither adds nor changes them again.
 */
async function writeUnits(sql: Sql, tenantId: string, units: UnitEntry[], created: ImportCounts) {
  const added = units.filter((u) => u.id === null);
  for (const unit of added) unit.id = randomUUID();
  if (added.length) {
    await sql.query(
      `INSERT INTO units (id, tenant_id, property_id, number, area)
       SELECT k.id, $1, k.property_id, k.number, k.area
         FROM unnest($2::uuid[], $3::uuid[], $4::text[], $5::numeric[]) AS k(id, property_id, number, area)`,
      [
        tenantId,
        added.map((u) => u.id),
        added.map((u) => u.propertyId),
        added.map((u) => u.number),
        added.map((u) => areaText(u.area)),
      ],
    );
    created.units += added.length;
  }
  const changed = units.filter((u) => u.area !== null && u.area !== (u.storedArea ?? u.area));
  if (changed.length) {
    await sql.query(
      `UPDATE units u SET area = k.area
         FROM unnest($2::uuid[], $3::numeric[]) AS k(id, area)
        WHERE u.tenant_id = $1 AND u.id = k.id`,
      [tenantId, changed.map((u) => u.id), changed.map((u) => areaText(u.area))],
    );
  }
  for (const unit of units) unit.storedArea = unit.area ?? unit.storedArea;
}

async function writeAccounts(sql: Sql, tenantId: string, plans: RowPlan[], created: ImportCounts) {
  const added = new Map<AccountEntry, string | null>();
  for (const { account, unit } of plans)
    if (account && !account.stored) added.set(account, unit.id);
  if (!added.size) return;
  await sql.query(
    `INSERT INTO accounts (tenant_id, unit_id, number)
     SELECT $1, k.unit_id, k.number FROM unnest($2::uuid[], $3::text[]) AS k(unit_id, number)`,
    [tenantId, [...added.values()], [...added.keys()].map((a) => a.number)],
  );
  for (const account of added.keys()) account.stored = true;
  created.accounts += added.size;
}

async function writePeople(
  sql: Sql,
  context: PassContext,
  plans: RowPlan[],
  created: ImportCounts,
) {
  const added = distinct(
    plans.flatMap((p) => (p.person && p.person.id === null ? [p.person] : [])),
  );
  if (!added.length) return;
  for (const person of added) person.id = randomUUID();
  await sql.query(
    `INSERT INTO people (id, tenant_id, name, email, phone, locale)
     SELECT k.id, $1, k.name, k.email, k.phone, k.locale
       FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[])
         AS k(id, name, email, phone, locale)`,
    [
      context.tenantId,
      added.map((p) => p.id),
      added.map((p) => p.name),
      added.map((p) => p.email ?? null),
      added.map((p) => p.phone ?? null),
      added.map((p) => p.locale ?? context.defaultLocale),
    ],
  );
  created.people += added.length;
}

/**
 * The roles each row gives a person for a unit, added (never removed), and an owner's share
 * set; a link counts as created when the role is new. Only the owners whose link was there
 * before have a share to change: the UPDATE names them alone.
 */
async function writeLinks(sql: Sql, tenantId: string, plans: RowPlan[], created: ImportCounts) {
  const links = new Map<string, Link>();
  for (const { unit, person, roles, share } of plans) {
    if (!person?.id || !unit.id) continue;
    for (const role of roles) {
      const link = {
        unitId: unit.id,
        personId: person.id,
        role,
        share: role === 'owner' ? share : null,
      };
      links.set(linkKey(link), link);
    }
  }
  if (!links.size) return;
  const all = [...links.values()];
  const added = await sql.query<Link>(
    `INSERT INTO person_units (tenant_id, unit_id, person_id, role, ownership_share)
     SELECT $1, k.unit_id, k.person_id, k.role, k.share
       FROM unnest($2::uuid[], $3::uuid[], $4::text[], $5::numeric[]) AS k(unit_id, person_id, role, share)
         ON CONFLICT (person_id, unit_id, role) DO NOTHING
     RETURNING unit_id AS "unitId", person_id AS "personId", role`,
    [
      tenantId,
      all.map((l) => l.unitId),
      all.map((l) => l.personId),
      all.map((l) => l.role),
      all.map((l) => l.share),
    ],
  );
  created.links += added.rows.length;
  const isNew = new Set(added.rows.map(linkKey));
  const owners = all.filter((l) => l.share !== null && !isNew.has(linkKey(l)));
  if (!owners.length) return;
  await sql.query(
    `UPDATE person_units pu SET ownership_share = k.share
       FROM unnest($2::uuid[], $3::uuid[], $4::numeric[]) AS k(unit_id, person_id, share)
      WHERE pu.tenant_id = $1 AND pu.unit_id = k.unit_id AND pu.person_id = k.person_id
        AND pu.role = 'owner' AND pu.ownership_share <> k.share`,
    [
      tenantId,
      owners.map((l) => l.unitId),
      owners.map((l) => l.personId),
      owners.map((l) => l.share),
    ],
  );
}

/** Writes a checked batch of unit rows: units, accounts, people, then their links. */
export const writeUnitRows: Writer<RowPlan> = async (sql, context, plans, created) => {
  await writeUnits(sql, context.tenantId, distinct(plans.map((p) => p.unit)), created);
  await writeAccounts(sql, context.tenantId, plans, created);
  await writePeople(sql, context, plans, created);
  await writeLinks(sql, context.tenantId, plans, created);
};

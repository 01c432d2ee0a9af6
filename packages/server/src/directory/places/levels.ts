import type { Sql } from '../../db/scope.js';
import { notFound, type FieldIssue } from '../../errors/problem.js';

/** A place in the directory, larger to smaller (DIR-2, DIR-3). */
export type Level = 'group' | 'quarter' | 'property' | 'unit' | 'account';

interface LevelFacts {
  table: string;
  /** The level it sits in: the column naming it and the field the contract calls it by. */
  parent: { level: Level; column: string; field: string } | null;
  /** The level it holds: that table and the column naming this one. */
  children: { table: string; column: string } | null;
}

const levels: Record<Level, LevelFacts> = {
  group: {
    table: 'property_groups',
    parent: null,
    children: { table: 'quarters', column: 'group_id' },
  },
  quarter: {
    table: 'quarters',
    parent: { level: 'group', column: 'group_id', field: 'groupId' },
    children: { table: 'properties', column: 'quarter_id' },
  },
  property: {
    table: 'properties',
    parent: { level: 'quarter', column: 'quarter_id', field: 'quarterId' },
    children: { table: 'units', column: 'property_id' },
  },
  unit: {
    table: 'units',
    parent: { level: 'property', column: 'property_id', field: 'propertyId' },
    children: { table: 'accounts', column: 'unit_id' },
  },
  account: {
    table: 'accounts',
    parent: { level: 'unit', column: 'unit_id', field: 'unitId' },
    children: null,
  },
};

/** The table a level's entries are stored in. */
export const tableOf = (level: Level) => levels[level].table;

/** The column naming the parent an entry of the level sits in (null: it sits in none). */
export const parentColumnOf = (level: Level) => levels[level].parent?.column ?? null;

/** Where an entry stands: whether it is active, and the parent it sits in (null: none). */
export interface Placement {
  active: boolean;
  parentId: string | null;
}

/**
 * Where an entry of the tenant stands, locked if asked: `update` by whoever changes it,
 * `share` by whoever puts a child in it (so it cannot be deactivated meanwhile). Another
 * tenant's, or none: 404.
 */
export async function placementOf(
  sql: Sql,
  level: Level,
  q: { tenantId: string; id: string; lock?: 'update' | 'share' },
): Promise<Placement> {
  const { table, parent } = levels[level];
  const lock = q.lock ? `FOR ${q.lock.toUpperCase()}` : '';
  const { rows } = await sql.query<Placement>(
    `SELECT active, ${parent ? parent.column : 'NULL::uuid'} AS "parentId"
       FROM ${table} WHERE tenant_id = $1 AND id = $2 ${lock}`,
    [q.tenantId, q.id],
  );
  const [row] = rows;
  if (!row) throw notFound();
  return row;
}

/** 404 unless the id names an entry of the level of the tenant (a list's filter, say). */
export async function requireEntry(sql: Sql, level: Level, tenantId: string, id: string) {
  await placementOf(sql, level, { tenantId, id });
}

/**
 * The parent a child goes into (created, moved, reactivated), held FOR SHARE until the
 * transaction ends so it is not deactivated meanwhile: 404 if it is not the tenant's,
 * parent_inactive on `field` if it is deactivated.
 */
async function parentIssues(
  sql: Sql,
  level: Level,
  q: { tenantId: string; id: string; field: string },
): Promise<FieldIssue[]> {
  const parent = await placementOf(sql, level, { tenantId: q.tenantId, id: q.id, lock: 'share' });
  return parent.active ? [] : [{ field: q.field, code: 'parent_inactive' }];
}

/** A new entry of the level goes only into an active parent (null: it has none). */
export async function newEntryIssues(
  sql: Sql,
  level: Level,
  q: { tenantId: string; parentId: string | null },
): Promise<FieldIssue[]> {
  const { parent } = levels[level];
  if (!parent || q.parentId === null) return [];
  const { tenantId, parentId: id } = q;
  return parentIssues(sql, parent.level, { tenantId, id, field: parent.field });
}

/**
 * An entry is deactivated only once nothing in it is active (has_active_children on
 * `active`, with their count). The caller holds the entry FOR UPDATE, so no child can be
 * added or reactivated in it until this transaction ends.
 */
async function childrenIssues(
  sql: Sql,
  level: Level,
  q: { tenantId: string; id: string },
): Promise<FieldIssue[]> {
  const { children } = levels[level];
  if (!children) return [];
  const { rows } = await sql.query<{ count: number }>(
    `SELECT count(*)::int AS count FROM ${children.table}
      WHERE tenant_id = $1 AND ${children.column} = $2 AND active`,
    [q.tenantId, q.id],
  );
  const count = rows[0]?.count ?? 0;
  return count ? [{ field: 'active', code: 'has_active_children', params: { count } }] : [];
}

/**
 * What the hierarchy says of a change to an entry the caller holds FOR UPDATE: moved (a new
 * parent sent) only into an active parent, named by its field; reactivated only in an active
 * parent, naming `active`; deactivated only once nothing in it is active.
 */
export async function changeIssues(
  sql: Sql,
  level: Level,
  q: {
    tenantId: string;
    id: string;
    stored: Placement;
    active?: boolean;
    /** undefined: stays where it is; null: taken out of its parent. */
    parentId?: string | null;
  },
): Promise<FieldIssue[]> {
  const { parent } = levels[level];
  const { tenantId, stored } = q;
  const active = q.active ?? stored.active;
  // the database writes a uuid in lower case; a client may send either
  const moved = q.parentId !== undefined && (q.parentId?.toLowerCase() ?? null) !== stored.parentId;
  const parentId = q.parentId === undefined ? stored.parentId : q.parentId;
  const issues: FieldIssue[] = [];
  if (parent && parentId !== null && (moved || (active && !stored.active))) {
    const field = moved ? parent.field : 'active';
    issues.push(...(await parentIssues(sql, parent.level, { tenantId, id: parentId, field })));
  }
  if (stored.active && !active) {
    issues.push(...(await childrenIssues(sql, level, { tenantId, id: q.id })));
  }
  return issues;
}

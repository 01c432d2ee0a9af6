import { actAs } from '../../audit/actor.js';
import { blankIssues, trimmed } from '../../contract/text.js';
import { isUniqueViolation } from '../../db/unique.js';
import { one, type Sql } from '../../db/scope.js';
import { invalidInput } from '../../errors/problem.js';
import type { Viewer } from '../../people/viewer.js';
import { requireDirectoryEditor } from '../access.js';
import {
  changeIssues,
  newEntryIssues,
  parentColumnOf,
  placementOf,
  tableOf,
  type Level,
} from './levels.js';

/** The column each field of a body is stored in. */
export type Columns = Record<string, string>;

// The UNIQUE constraint keeping each level's numbers apart (DIR-3): a unit's within its
// property, an account's within the tenant.
const numberKeys: Partial<Record<Level, string>> = {
  unit: 'units_property_id_number_key',
  account: 'accounts_tenant_id_number_key',
};

/**
 * Managers and directors change the directory (403 for anyone else); the audit log records
 * them as the actor of every change the transaction makes.
 */
export async function asEditor(sql: Sql, viewer: Viewer): Promise<void> {
  requireDirectoryEditor(viewer);
  await actAs(sql, viewer.personId);
}

/** The values of the fields a body sends, by the column each is stored in. */
function columnValues(body: object, columns: Columns): Record<string, unknown> {
  const fields = trimmed(body) as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(columns)
      .filter(([field]) => fields[field] !== undefined)
      .map(([field, column]) => [column, fields[field]]),
  );
}

/** Runs a write of the level; its number taken meanwhile or before is a 400 on `number`. */
async function refusingTakenNumber<T>(level: Level, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const key = numberKeys[level];
    if (key && isUniqueViolation(error, key)) {
      throw invalidInput([{ field: 'number', code: 'number_taken' }]);
    }
    throw error;
  }
}

/**
 * Creates an entry of the level in its parent (null: none) from a body; text of nothing but
 * spaces and a deactivated parent are refused together. Its id.
 */
export async function createEntry(
  sql: Sql,
  level: Level,
  q: {
    tenantId: string;
    viewer: Viewer;
    body: object;
    columns: Columns;
    parentId: string | null;
  },
): Promise<string> {
  const { tenantId, parentId } = q;
  await asEditor(sql, q.viewer);
  const issues = [
    ...blankIssues(q.body),
    ...(await newEntryIssues(sql, level, { tenantId, parentId })),
  ];
  if (issues.length) throw invalidInput(issues);
  const parentColumn = parentColumnOf(level);
  const values = {
    ...columnValues(q.body, q.columns),
    ...(parentColumn && { [parentColumn]: parentId }),
    tenant_id: tenantId,
  };
  const columns = Object.keys(values);
  const inserted = await refusingTakenNumber(level, () =>
    sql.query<{ id: string }>(
      `INSERT INTO ${tableOf(level)} (${columns.join(', ')})
       VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING id`,
      Object.values(values),
    ),
  );
  return one(inserted).id;
}

/**
 * Changes the fields a body sends of an entry of the level, held FOR UPDATE: `active` and
 * `parentId` (a move; null takes it out of its parent) as the hierarchy allows (levels.ts),
 * text of nothing but spaces refused, all at once. 404 if it is not the tenant's.
 */
export async function changeEntry(
  sql: Sql,
  level: Level,
  q: {
    tenantId: string;
    viewer: Viewer;
    id: string;
    body: { active?: boolean };
    columns: Columns;
    parentId?: string | null;
  },
): Promise<void> {
  const { tenantId, id, parentId } = q;
  await asEditor(sql, q.viewer);
  const stored = await placementOf(sql, level, { tenantId, id, lock: 'update' });
  const issues = [
    ...blankIssues(q.body),
    ...(await changeIssues(sql, level, { tenantId, id, stored, active: q.body.active, parentId })),
  ];
  if (issues.length) throw invalidInput(issues);
  const parentColumn = parentColumnOf(level);
  const values = {
    ...columnValues(q.body, { ...q.columns, active: 'active' }),
    ...(parentColumn && parentId !== undefined && { [parentColumn]: parentId }),
  };
  const columns = Object.keys(values);
  if (!columns.length) return; // nothing sent, nothing changed or recorded
  await refusingTakenNumber(level, () =>
    sql.query(
      `UPDATE ${tableOf(level)} SET ${columns.map((column, i) => `${column} = $${i + 3}`).join(', ')}
        WHERE tenant_id = $1 AND id = $2`,
      [tenantId, id, ...Object.values(values)],
    ),
  );
}

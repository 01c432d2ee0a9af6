import type { LinkInput } from '@atrium/sdk';
import type { Sql } from '../../../db/scope.js';
import { invalidInput, notFound, type FieldIssue } from '../../../errors/problem.js';
import type { Viewer } from '../../../people/viewer.js';
import { placementOf } from '../levels.js';
import { asEditor } from '../write.js';
import { endLinks, personActive, setRoles, sharesWith } from './repository.js';
import { shareIssues, wholeIssues } from './rules.js';

interface LinkTarget {
  tenantId: string;
  viewer: Viewer;
  unitId: string;
  personId: string;
}

/**
 * The unit, held FOR UPDATE so links to it change one at a time (the owners' shares are
 * summed under that lock), and the person; whether each is active. 404 for either if it is
 * not the tenant's.
 */
async function lockTarget(sql: Sql, q: LinkTarget) {
  await asEditor(sql, q.viewer);
  const { tenantId, unitId, personId } = q;
  const unit = await placementOf(sql, 'unit', { tenantId, id: unitId, lock: 'update' });
  return { unitActive: unit.active, personActive: await personActive(sql, { tenantId, personId }) };
}

/**
 * Sets the roles the person holds for the unit (DIR-3), both active (parent_inactive on the
 * path id of the one that is not); an owner's share keeps the owners' shares of the unit
 * within the whole (unit_shares_exceed_whole).
 */
export async function link(sql: Sql, q: LinkTarget & { input: LinkInput }): Promise<void> {
  const { tenantId, unitId, personId, input } = q;
  const target = await lockTarget(sql, q);
  const issues: FieldIssue[] = shareIssues(input);
  if (!target.unitActive) issues.push({ field: 'unitId', code: 'parent_inactive' });
  if (!target.personActive) issues.push({ field: 'personId', code: 'parent_inactive' });
  const share = input.ownershipShare ?? null;
  if (!issues.length && share !== null) {
    issues.push(...wholeIssues(await sharesWith(sql, { tenantId, unitId, personId, share })));
  }
  if (issues.length) throw invalidInput(issues);
  await setRoles(sql, { tenantId, unitId, personId, roles: input.roles, share });
}

/** Ends every role the person holds for the unit; no link there is 404. */
export async function unlink(sql: Sql, q: LinkTarget): Promise<void> {
  await lockTarget(sql, q);
  if (!(await endLinks(sql, q))) throw notFound();
}

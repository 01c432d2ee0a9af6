import type { PersonChange, PersonInput } from '@atrium/sdk';
import { actAs } from '../../audit/actor.js';
import { endAllSessions } from '../../auth/sessions.js';
import type { Sql } from '../../db/scope.js';
import { invalidInput } from '../../errors/problem.js';
import type { Viewer } from '../../people/viewer.js';
import { requireDirectoryEditor } from '../access.js';
import { blankIssues, trimmed } from '../places/rules.js';
import { insertPerson, lockPerson, updatePerson } from './repository.js';
import { changeIssues, requireMayChange } from './rules.js';

/** Adds a person, never staff and without portal access (granted apart, AUTH-1). */
export async function createPerson(
  sql: Sql,
  q: { tenantId: string; viewer: Viewer; input: PersonInput },
): Promise<string> {
  const { tenantId, viewer, input } = q;
  requireDirectoryEditor(viewer);
  await actAs(sql, viewer.personId);
  const issues = blankIssues(input);
  if (issues.length) throw invalidInput(issues);
  return insertPerson(sql, tenantId, trimmed(input));
}

/**
 * Changes a person: who may first (403), then whether they are the tenant's (404), then
 * every bad field at once (400). Deactivating signs them out everywhere (AUTH-4); their
 * records stay, and reactivating lets them sign in again with the password they had.
 */
export async function changePerson(
  sql: Sql,
  q: { tenantId: string; viewer: Viewer; personId: string; change: PersonChange },
): Promise<void> {
  const { tenantId, viewer, personId, change } = q;
  requireDirectoryEditor(viewer);
  await actAs(sql, viewer.personId);
  const person = await lockPerson(sql, tenantId, personId);
  requireMayChange(viewer, person);
  const issues = changeIssues(viewer, person, change);
  if (issues.length) throw invalidInput(issues);
  await updatePerson(sql, { tenantId, personId, change: trimmed(change) });
  if (person.active && change.active === false) await endAllSessions(sql, tenantId, personId);
}

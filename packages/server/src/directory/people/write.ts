import type { PersonChange, PersonInput } from '@atrium/sdk';
import { actAs } from '../../audit/actor.js';
import { endAllSessions } from '../../auth/sessions.js';
import { blankIssues, trimmed } from '../../contract/text.js';
import type { Sql } from '../../db/scope.js';
import { invalidInput } from '../../errors/problem.js';
import type { Viewer } from '../../people/viewer.js';
import type { Tenant } from '../../tenancy/tenant.js';
import { requireDirectoryEditor } from '../access.js';
import { followNewEmail } from './portal-access.js';
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
 * records stay, and reactivating lets them sign in again with the password they had. A new
 * e-mail ends the links sent to the old one (followNewEmail); the caller wakes the mailer.
 */
export async function changePerson(
  sql: Sql,
  q: {
    tenant: Tenant;
    viewer: Viewer;
    personId: string;
    change: PersonChange;
    publicUrl: string | undefined;
  },
): Promise<void> {
  const { tenant, viewer, personId, change } = q;
  requireDirectoryEditor(viewer);
  await actAs(sql, viewer.personId);
  const person = await lockPerson(sql, tenant.id, personId);
  requireMayChange(viewer, person);
  const issues = changeIssues(viewer, person, change);
  if (issues.length) throw invalidInput(issues);
  const stored = trimmed(change);
  const { email } = await updatePerson(sql, { tenantId: tenant.id, personId, change: stored });
  if (person.active && change.active === false) await endAllSessions(sql, tenant.id, personId);
  if (email === person.email) return;
  await followNewEmail(sql, {
    tenant,
    actorId: viewer.personId,
    person: {
      ...person,
      email,
      locale: stored.locale ?? person.locale,
      active: stored.active ?? person.active,
    },
    publicUrl: q.publicUrl,
  });
}

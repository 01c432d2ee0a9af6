import type { PersonChange } from '@atrium/sdk';
import { blankIssues } from '../../contract/text.js';
import type { DetailKey } from '../../errors/messages.js';
import { ApiProblem, forbidden, type FieldIssue } from '../../errors/problem.js';
import type { Viewer } from '../../people/viewer.js';
import type { LockedPerson } from './repository.js';

/** Only a director changes a staff member, their access included; managers the others. */
export function requireMayChange(viewer: Viewer, person: Pick<LockedPerson, 'staffRole'>): void {
  if (person.staffRole !== null && viewer.staffRole !== 'director') throw forbidden();
}

/**
 * What is wrong with a change of a person: a blank name; an e-mail cleared while the person
 * has or is invited to portal access (the link and the sign-in go by it); deactivating
 * oneself (AUTH-4), which would leave no one to undo it; registration requests for someone
 * who is not staff (DIR-5: only staff decide them).
 */
export function changeIssues(
  viewer: Viewer,
  person: LockedPerson,
  change: PersonChange,
): FieldIssue[] {
  const issues = blankIssues(change);
  if (change.email === null && person.portalAccess !== 'none') {
    issues.push({ field: 'email', code: 'required' });
  }
  if (change.active === false && person.id === viewer.personId) {
    issues.push({ field: 'active', code: 'self_deactivation' });
  }
  if (change.receivesRegistrations === true && person.staffRole === null) {
    issues.push({ field: 'receivesRegistrations', code: 'invalid_value' });
  }
  return issues;
}

// Why a person cannot be given portal access as they are, if they cannot.
function accessUnavailable(person: LockedPerson): DetailKey | null {
  if (!person.active) return 'portalAccessInactive';
  if (person.email === null) return 'portalAccessNoEmail';
  if (!person.linked) return 'portalAccessNoUnit';
  return null;
}

/**
 * Portal access is for an active person with an e-mail (where the link goes) and a unit
 * (AUTH-1); otherwise 409 with the reason.
 */
export function requireAccessAvailable(
  person: LockedPerson,
): asserts person is LockedPerson & { email: string } {
  const reason = accessUnavailable(person);
  if (reason) throw new ApiProblem(409, 'portal_access_unavailable', { detail: reason });
}

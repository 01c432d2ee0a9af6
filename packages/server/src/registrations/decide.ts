import type { RegistrationApproval } from '@atrium/sdk';
import type { Sql } from '../db/scope.js';
import { insertPerson, lockPerson } from '../directory/people/repository.js';
import { sendInvitation } from '../directory/people/portal-access.js';
import { requireMayChange } from '../directory/people/rules.js';
import { placementOf } from '../directory/places/levels.js';
import { link } from '../directory/places/links/write.js';
import { asEditor } from '../directory/places/write.js';
import { invalidInput } from '../errors/problem.js';
import type { Viewer } from '../people/viewer.js';
import type { Tenant } from '../tenancy/tenant.js';
import { tellApproved, tellRejected } from './notices.js';
import { emailTakenBesides } from '../directory/people/email.js';
import { completeContacts } from './people.js';
import { decideRegistration, lockPending, type Registrant } from './repository.js';

interface Deciding {
  tenant: Tenant;
  viewer: Viewer;
  registrationId: string;
  /** The server's SMS sender, the person's SMS shows. */
  smsFrom: string;
}

/**
 * The request to decide, locked: managers and directors decide (403 before any lookup, as
 * they change the directory, and the log names them); 404 for another tenant's; 409 once
 * it is not pending.
 */
async function pendingRequest(sql: Sql, q: Deciding): Promise<Registrant> {
  await asEditor(sql, q.viewer);
  return lockPending(sql, q.tenant.id, q.registrationId);
}

// The e-mail is the person's sign-in: another's cannot be given, so the manager picks them.
const emailTaken = () => invalidInput([{ field: 'personId', code: 'email_taken' }]);

/**
 * The person the request becomes: the one chosen, completed with the proven phone and the
 * e-mail where they have none (only a director completes staff), else a new person.
 */
async function personFor(sql: Sql, q: Deciding, r: Registrant, personId: string | undefined) {
  const tenantId = q.tenant.id;
  if (personId === undefined) {
    if (await emailTakenBesides(sql, { tenantId, email: r.email, personId: null })) {
      throw emailTaken();
    }
    const { phone, name, email, locale } = r;
    const id = await insertPerson(sql, tenantId, { name, email, phone, locale });
    return { ...(await lockPerson(sql, tenantId, id)), email };
  }
  const person = await lockPerson(sql, tenantId, personId);
  requireMayChange(q.viewer, person);
  const email = person.email ?? r.email;
  if (person.email === null && (await emailTakenBesides(sql, { tenantId, email, personId }))) {
    throw emailTaken();
  }
  await completeContacts(sql, { tenantId, personId, phone: r.phone, email, field: 'personId' });
  return { ...person, email };
}

/**
 * Approves a pending request (DIR-5): the person (personFor) gets the roles for the unit as
 * linkPerson sets them, shares and all, an invitation to set their password (AUTH-1) and an
 * SMS. The unit is locked before the person, as linkPerson does. The caller wakes the
 * mailer and the SMS sender after commit.
 */
export async function approve(
  sql: Sql,
  q: Deciding & { input: RegistrationApproval; publicUrl: string | undefined },
): Promise<void> {
  const { tenant, viewer, input } = q;
  const registrant = await pendingRequest(sql, q);
  await placementOf(sql, 'unit', { tenantId: tenant.id, id: input.unitId, lock: 'update' });
  const person = await personFor(sql, q, registrant, input.personId);
  const { roles, ownershipShare } = input;
  await link(sql, {
    tenantId: tenant.id,
    viewer,
    unitId: input.unitId,
    personId: person.id,
    input: { roles, ...(ownershipShare !== undefined && { ownershipShare }) },
  });
  await sendInvitation(sql, {
    tenant,
    actorId: viewer.personId,
    person,
    locale: registrant.locale,
    publicUrl: q.publicUrl,
  });
  await tellApproved(sql, { tenant, registrant, from: q.smsFrom });
  await decideRegistration(sql, {
    tenantId: tenant.id,
    id: q.registrationId,
    status: 'approved',
    deciderId: viewer.personId,
    personId: person.id,
    unitId: input.unitId,
  });
}

/**
 * Rejects a pending request (DIR-5): the person is told by SMS and e-mail, with the reason if
 * one is given (trimmed; one of nothing but spaces is too short). The caller wakes the mailer
 * and the SMS sender after commit.
 */
export async function reject(
  sql: Sql,
  q: Deciding & { reason: string | undefined },
): Promise<void> {
  const { tenant, viewer } = q;
  const registrant = await pendingRequest(sql, q);
  const reason = q.reason?.trim() ?? null;
  if (reason === '')
    throw invalidInput([{ field: 'reason', code: 'too_short', params: { limit: 1 } }]);
  await tellRejected(sql, { tenant, registrant, from: q.smsFrom, reason });
  await decideRegistration(sql, {
    tenantId: tenant.id,
    id: q.registrationId,
    status: 'rejected',
    deciderId: viewer.personId,
    reason,
  });
}

import type { Sql } from '../db/scope.js';
import { lockPerson } from '../directory/people/repository.js';
import { sendInvitation } from '../directory/people/portal-access.js';
import type { Tenant } from '../tenancy/tenant.js';
import { matchPerson } from './match.js';
import { tellReceivers } from './notices.js';
import { completeContacts, emailTakenBesides, unitOfAccount } from './people.js';
import { lockPendingOfPhone, saveRegistration, type Registrant } from './repository.js';

interface Registering {
  tenant: Tenant;
  registrant: Registrant;
  publicUrl: string | undefined;
  /** Signs the unsubscribe links of the managers' notices. */
  secret: string;
}

/**
 * Attaches the matched person (DIR-5): they get the proven phone and the e-mail where they
 * have none, and an invitation to set their password (AUTH-1) at the e-mail the directory
 * has for them. The database logs the changes with no actor: the system made them. False
 * when their missing e-mail is another person's: then a manager decides.
 */
async function attach(sql: Sql, q: Registering, personId: string): Promise<boolean> {
  const { tenant, registrant: r } = q;
  const person = await lockPerson(sql, tenant.id, personId);
  const email = person.email ?? r.email;
  if (person.email === null) {
    if (await emailTakenBesides(sql, { tenantId: tenant.id, email, personId })) return false;
  }
  await completeContacts(sql, {
    tenantId: tenant.id,
    personId,
    phone: r.phone,
    email,
    field: 'email',
  });
  await sendInvitation(sql, {
    tenant,
    actorId: null,
    person: { ...person, email },
    locale: r.locale,
    publicUrl: q.publicUrl,
  });
  return true;
}

/**
 * What becomes of someone whose phone was just proven (DIR-5): attached at once to the person
 * of the directory they match, else a request waiting for the managers, who are e-mailed.
 * Either way it replaces the phone's pending request. The caller wakes the mailer.
 */
export async function registerProven(sql: Sql, q: Registering): Promise<'attached' | 'pending'> {
  const { tenant, registrant } = q;
  // the request first, then the person: the order a decision takes its locks in
  await lockPendingOfPhone(sql, tenant.id, registrant.phone);
  const unitId = await unitOfAccount(sql, tenant.id, registrant.accountNumber);
  const personId = await matchPerson(sql, tenant.id, registrant);
  const status = personId !== null && (await attach(sql, q, personId)) ? 'attached' : 'pending';
  await saveRegistration(sql, {
    tenantId: tenant.id,
    registrant,
    status,
    personId: status === 'attached' ? personId : null,
    unitId,
  });
  if (status === 'pending') await tellReceivers(sql, q);
  return status;
}

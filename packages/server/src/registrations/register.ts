import type { Sql } from '../db/scope.js';
import { lockPerson } from '../directory/people/repository.js';
import { sendInvitation } from '../directory/people/portal-access.js';
import type { Tenant } from '../tenancy/tenant.js';
import { matchPerson, type Match } from './match.js';
import { tellReceivers } from './notices.js';
import { provePhone, unitOfAccount } from './people.js';
import { lockPendingOfPhone, saveRegistration, type Registrant } from './repository.js';

interface Registering {
  tenant: Tenant;
  registrant: Registrant;
  publicUrl: string | undefined;
  /** Signs the unsubscribe links of the managers' notices. */
  secret: string;
}

/**
 * Attaches the matched person (DIR-5): they get the proven phone (trusted from now on) and an
 * invitation to set their password (AUTH-1) at the e-mail the directory has for them. Nothing
 * else the registrant typed is written into them. The database logs the change with no
 * actor: the system made it.
 */
async function attach(sql: Sql, q: Registering, match: Match): Promise<void> {
  const { tenant, registrant: r } = q;
  const person = await lockPerson(sql, tenant.id, match.id);
  await provePhone(sql, { tenantId: tenant.id, personId: match.id, phone: r.phone });
  await sendInvitation(sql, {
    tenant,
    actorId: null,
    person: { ...person, email: match.email },
    locale: r.locale,
    publicUrl: q.publicUrl,
  });
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
  const match = await matchPerson(sql, tenant.id, registrant);
  if (match) await attach(sql, q, match);
  const status = match ? 'attached' : 'pending';
  await saveRegistration(sql, {
    tenantId: tenant.id,
    registrant,
    status,
    personId: match?.id ?? null,
    unitId,
  });
  if (status === 'pending') await tellReceivers(sql, q);
  return status;
}

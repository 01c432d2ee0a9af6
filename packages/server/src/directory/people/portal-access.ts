import type { Locale, PortalAccess } from '@atrium/sdk';
import { actAs } from '../../audit/actor.js';
import { recordAudit } from '../../audit/repository.js';
import { issueResetLink, voidResetLinks } from '../../auth/reset-links.js';
import { replaceOpenEmailChange } from '../../profile/email-change.js';
import { endAllSessions } from '../../auth/sessions.js';
import type { Sql } from '../../db/scope.js';
import { invitationEmail } from '../../mail/invitation-email.js';
import { enqueueMail } from '../../mail/outbox.js';
import type { Viewer } from '../../people/viewer.js';
import type { Tenant } from '../../tenancy/tenant.js';
import { requireDirectoryEditor } from '../access.js';
import { lockPerson, type LockedPerson } from './repository.js';
import { requireAccessAvailable, requireMayChange } from './rules.js';

const invitationSeconds = 7 * 24 * 60 * 60;

interface AccessChange {
  tenant: Tenant;
  viewer: Viewer;
  personId: string;
}

/** Locks the person a change of access is about, once the viewer may make it. */
async function personForAccess(sql: Sql, { tenant, viewer, personId }: AccessChange) {
  requireDirectoryEditor(viewer);
  await actAs(sql, viewer.personId);
  const person = await lockPerson(sql, tenant.id, personId);
  requireMayChange(viewer, person);
  return person;
}

const recordAccess = (
  sql: Sql,
  q: { tenantId: string; actorId: string | null },
  person: Pick<LockedPerson, 'id' | 'portalAccess'>,
  action: 'access_granted' | 'access_revoked',
  after: PortalAccess,
) =>
  recordAudit(sql, {
    tenantId: q.tenantId,
    actorId: q.actorId,
    action,
    entityType: 'person',
    entityId: person.id,
    before: { portalAccess: person.portalAccess },
    after: { portalAccess: after },
  });

/**
 * Invites the person to the portal (AUTH-1): e-mails them, in `locale`, a link to set their
 * password, valid 7 days; the links sent before stop working. Logged as access granted by
 * the actor (null: the system, as when a self-registration is matched, DIR-5). The caller
 * locked the person, and wakes the mailer after commit.
 */
export async function sendInvitation(
  sql: Sql,
  q: {
    tenant: Tenant;
    actorId: string | null;
    person: Pick<LockedPerson, 'id' | 'name' | 'portalAccess'> & { email: string };
    locale: Locale;
    publicUrl: string | undefined;
  },
): Promise<void> {
  const { tenant, person } = q;
  await voidResetLinks(sql, tenant.id, person.id);
  const link = await issueResetLink(sql, {
    tenant,
    personId: person.id,
    seconds: invitationSeconds,
    publicUrl: q.publicUrl,
  });
  await enqueueMail(sql, tenant.id, invitationEmail(q.locale, person, tenant.name, link));
  const after = person.portalAccess === 'active' ? 'active' : 'invited';
  await recordAccess(
    sql,
    { tenantId: tenant.id, actorId: q.actorId },
    person,
    'access_granted',
    after,
  );
}

/**
 * Follows a manager's change of a person's e-mail (`person` as the change leaves them): the
 * links mailed to the old address stop working, or whoever reads it could still set the
 * password of someone now reached elsewhere (AUTH-1), and the person's own change of their
 * address not yet confirmed no longer does (it would overwrite the manager's). Someone invited and still active is
 * invited again at the new address (sendInvitation). The caller wakes the mailer after commit.
 */
export async function followNewEmail(
  sql: Sql,
  q: {
    tenant: Tenant;
    actorId: string;
    person: LockedPerson;
    publicUrl: string | undefined;
  },
): Promise<void> {
  const { tenant, person } = q;
  await voidResetLinks(sql, tenant.id, person.id);
  await replaceOpenEmailChange(sql, tenant.id, person.id);
  if (person.portalAccess !== 'invited' || !person.active || person.email === null) return;
  await sendInvitation(sql, {
    ...q,
    person: { ...person, email: person.email },
    locale: person.locale,
  });
}

/**
 * Grants portal access (AUTH-1): the person is invited in their language (sendInvitation).
 * The caller wakes the mailer after commit.
 */
export async function grantAccess(
  sql: Sql,
  change: AccessChange & { publicUrl: string | undefined },
): Promise<void> {
  const { tenant, viewer } = change;
  const person = await personForAccess(sql, change);
  requireAccessAvailable(person);
  await sendInvitation(sql, {
    tenant,
    actorId: viewer.personId,
    person,
    locale: person.locale,
    publicUrl: change.publicUrl,
  });
}

/**
 * Takes portal access away: the password and every unused link stop working and every
 * session ends; the person stays in the directory. Taking away none records nothing.
 */
export async function revokeAccess(sql: Sql, change: AccessChange): Promise<void> {
  const { tenant } = change;
  const person = await personForAccess(sql, change);
  await sql.query('UPDATE people SET password_hash = NULL WHERE tenant_id = $1 AND id = $2', [
    tenant.id,
    person.id,
  ]);
  await voidResetLinks(sql, tenant.id, person.id);
  await endAllSessions(sql, tenant.id, person.id);
  if (person.portalAccess !== 'none') {
    const actor = { tenantId: tenant.id, actorId: change.viewer.personId };
    await recordAccess(sql, actor, person, 'access_revoked', 'none');
  }
}

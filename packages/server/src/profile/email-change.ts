import type { Locale } from '@atrium/sdk';
import { actAs } from '../audit/actor.js';
import { voidResetLinks } from '../auth/reset-links.js';
import { hashToken, opaqueToken } from '../auth/tokens.js';
import { one, type Sql } from '../db/scope.js';
import { emailTakenBesides, emailUnique } from '../directory/people/email.js';
import { ApiProblem, invalidInput } from '../errors/problem.js';
import { emailChangeNoticeEmail, emailConfirmationEmail } from '../mail/email-change-email.js';
import { enqueueMail } from '../mail/outbox.js';
import { portalLink } from '../mail/portal-link.js';
import type { Tenant } from '../tenancy/tenant.js';

const linkSeconds = 24 * 60 * 60;
const invalidToken = () => new ApiProblem(400, 'invalid_confirmation_token');

interface Person {
  name: string;
  email: string | null;
  locale: Locale;
}

/**
 * A person's unconfirmed change of their e-mail stops counting: they asked for another, or a
 * manager set their address meanwhile, which a late confirmation would overwrite.
 */
export async function replaceOpenEmailChange(sql: Sql, tenantId: string, personId: string) {
  await sql.query(
    `UPDATE email_changes SET replaced_at = now()
      WHERE tenant_id = $1 AND person_id = $2 AND confirmed_at IS NULL AND replaced_at IS NULL`,
    [tenantId, personId],
  );
}

/**
 * Asks to change the person's e-mail (FIN-4): the earlier request ends, the new address
 * gets a link valid 24 hours, and the address in use is told. Nothing else changes until
 * the link is confirmed. The person is locked, so two requests end one after the other.
 */
export async function requestEmailChange(
  sql: Sql,
  q: { tenant: Tenant; personId: string; email: string; publicUrl: string | undefined },
): Promise<void> {
  const { tenant, personId } = q;
  const email = q.email.toLowerCase();
  const person = one(
    await sql.query<Person>(
      'SELECT name, email, locale FROM people WHERE tenant_id = $1 AND id = $2 FOR UPDATE',
      [tenant.id, personId],
    ),
  );
  if (email === person.email) throw invalidInput([{ field: 'email', code: 'invalid_value' }]);
  if (await emailTakenBesides(sql, { tenantId: tenant.id, personId, email })) {
    throw invalidInput([{ field: 'email', code: 'email_taken' }]);
  }
  await replaceOpenEmailChange(sql, tenant.id, personId);
  const change = opaqueToken('ec');
  await sql.query(
    `INSERT INTO email_changes (token_hash, tenant_id, person_id, email, expires_at)
     VALUES ($1, $2, $3, $4, now() + make_interval(secs => $5))`,
    [change.hash, tenant.id, personId, email, linkSeconds],
  );
  const link = portalLink(tenant, q.publicUrl, `atrium-email-token=${change.token}`);
  await enqueueMail(
    sql,
    tenant.id,
    emailConfirmationEmail(person.locale, { email, name: person.name }, tenant.name, link),
  );
  if (person.email === null) return;
  await enqueueMail(
    sql,
    tenant.id,
    emailChangeNoticeEmail(
      person.locale,
      { email: person.email, name: person.name },
      { tenantName: tenant.name, newEmail: email, portalLink: portalLink(tenant, q.publicUrl) },
    ),
  );
}

/**
 * Confirms a new e-mail with the token of its link (FIN-4): a token used, expired, replaced,
 * or of a person no longer active is refused; an address taken meanwhile is `email_taken`
 * on `token`. The links to set a password mailed to the old address stop working. The audit
 * log records the change as the person's own.
 */
export async function confirmEmailChange(
  sql: Sql,
  q: { tenantId: string; token: string },
): Promise<void> {
  const tokenHash = hashToken(q.token);
  const usable = `token_hash = $1 AND tenant_id = $2
                  AND confirmed_at IS NULL AND replaced_at IS NULL AND expires_at > now()`;
  const found = await sql.query<{ person_id: string }>(
    `SELECT person_id FROM email_changes WHERE ${usable}`,
    [tokenHash, q.tenantId],
  );
  const personId = found.rows[0]?.person_id;
  if (!personId) throw invalidToken();
  // The person first, as a new request locks them: one of the two waits for the other.
  const person = await sql.query(
    'SELECT 1 FROM people WHERE tenant_id = $1 AND id = $2 AND active FOR UPDATE',
    [q.tenantId, personId],
  );
  const confirmed = await sql.query<{ email: string }>(
    `UPDATE email_changes SET confirmed_at = now() WHERE ${usable} RETURNING email`,
    [tokenHash, q.tenantId],
  );
  const email = confirmed.rows[0]?.email;
  if (person.rowCount !== 1 || !email) throw invalidToken();
  await actAs(sql, personId);
  await emailUnique(
    sql.query('UPDATE people SET email = $3 WHERE tenant_id = $1 AND id = $2', [
      q.tenantId,
      personId,
      email,
    ]),
    'token',
  );
  await voidResetLinks(sql, q.tenantId, personId);
}

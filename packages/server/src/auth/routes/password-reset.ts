import type { FastifyInstance } from 'fastify';
import type { PasswordResetCompletion, PasswordResetRequest } from '@atrium/sdk';
import { routeSchema } from '../../contract/route-schema.js';
import type { Sql } from '../../db/scope.js';
import { ApiProblem } from '../../errors/problem.js';
import { enqueueMail } from '../../mail/outbox.js';
import { resetEmail } from '../../mail/reset-email.js';
import { findPersonByEmail, setPassword } from '../../people/repository.js';
import { tenantOf } from '../../tenancy/index.js';
import { enforcePasswordPolicy } from '../password-policy.js';
import { hashPassword } from '../passwords.js';
import { countAttempt } from '../rate-limit.js';
import { issueResetLink, voidResetLinks } from '../reset-links.js';
import { endAllSessions } from '../sessions.js';
import { hashToken } from '../tokens.js';

const resetSeconds = 30 * 60;
const invalidToken = () => new ApiProblem(400, 'invalid_reset_token');

const usable =
  'r.token_hash = $1 AND r.tenant_id = $2 AND r.used_at IS NULL AND r.expires_at > now()';

/** The person a link still works for: unused, unexpired, and the person active (AUTH-4). */
async function personOfLink(sql: Sql, tokenHash: Buffer, tenantId: string) {
  const { rows } = await sql.query<{ person_id: string }>(
    `SELECT r.person_id FROM password_resets r
       JOIN people p ON p.tenant_id = r.tenant_id AND p.id = r.person_id AND p.active
      WHERE ${usable}`,
    [tokenHash, tenantId],
  );
  return rows[0]?.person_id ?? null;
}

/** Password recovery by e-mail link (AUTH-2): request a link, then set a new password. */
export async function passwordResetRoutes(app: FastifyInstance) {
  app.post<{ Body: PasswordResetRequest }>(
    '/auth/password-reset',
    { schema: routeSchema('requestPasswordReset') },
    async (request, reply) => {
      const tenant = tenantOf(request);
      const email = request.body.email.toLowerCase();
      const attempt = {
        tenantId: tenant.id,
        action: 'password_reset' as const,
        account: email,
        address: request.ip,
      };
      const queued = await app.db.withTenant(tenant.id, async (sql) => {
        await countAttempt(sql, attempt);
        const person = await findPersonByEmail(sql, tenant.id, email);
        // Recovery is for those who have a password: without one, anyone whose e-mail is in
        // the directory could give themselves portal access, which a manager grants (AUTH-1).
        if (!person?.active || person.passwordHash === null) return false;
        const link = await issueResetLink(sql, {
          tenant,
          personId: person.id,
          seconds: resetSeconds,
          publicUrl: app.site.publicUrl,
        });
        const locale = request.body.locale ?? person.locale;
        await enqueueMail(sql, tenant.id, resetEmail(locale, person, tenant.name, link));
        return true;
      });
      if (queued) app.wakeMailer();
      // The same answer whether or not the e-mail belongs to someone.
      return reply.code(202).send();
    },
  );

  app.post<{ Body: PasswordResetCompletion }>(
    '/auth/password-reset/complete',
    { schema: routeSchema('completePasswordReset') },
    async (request, reply) => {
      const tenant = tenantOf(request);
      const tokenHash = hashToken(request.body.token);
      const pending = await app.db.withTenant(tenant.id, (sql) =>
        personOfLink(sql, tokenHash, tenant.id),
      );
      if (!pending) throw invalidToken();
      // The token stays good until a password the policy accepts arrives (ORG-3).
      enforcePasswordPolicy(tenant.passwordPolicy, request.body.password);
      const hash = await hashPassword(request.body.password);
      await app.db.withTenant(tenant.id, async (sql) => {
        const personId = await personOfLink(sql, tokenHash, tenant.id);
        if (!personId) throw invalidToken();
        // The person first, as a deactivation or a revocation locks them: one of those
        // meanwhile wins, and the link no longer works (AUTH-1, AUTH-4).
        const person = await sql.query(
          'SELECT 1 FROM people WHERE tenant_id = $1 AND id = $2 AND active FOR UPDATE',
          [tenant.id, personId],
        );
        const used = await sql.query(
          `UPDATE password_resets r SET used_at = now() WHERE ${usable}`,
          [tokenHash, tenant.id],
        );
        if (person.rowCount !== 1 || used.rowCount !== 1) throw invalidToken();
        await setPassword(sql, tenant.id, personId, hash);
        // Every other link of this person dies too, and every session ends.
        await voidResetLinks(sql, tenant.id, personId);
        await endAllSessions(sql, tenant.id, personId);
      });
      return reply.code(204).send();
    },
  );
}

import type { FastifyInstance } from 'fastify';
import type { PasswordResetCompletion, PasswordResetRequest } from '@atrium/sdk';
import { routeSchema } from '../../contract/route-schema.js';
import { ApiProblem } from '../../errors/problem.js';
import { enqueueMail } from '../../mail/outbox.js';
import { resetEmail } from '../../mail/reset-email.js';
import { findPersonByEmail, setPassword } from '../../people/repository.js';
import { tenantOf } from '../../tenancy/index.js';
import { enforcePasswordPolicy } from '../password-policy.js';
import { hashPassword } from '../passwords.js';
import { countAttempt } from '../rate-limit.js';
import { endAllSessions } from '../sessions.js';
import { hashToken, opaqueToken } from '../tokens.js';

const resetSeconds = 30 * 60;
const invalidToken = () => new ApiProblem(400, 'invalid_reset_token');

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
        if (!person?.active) return false;
        const reset = opaqueToken('pr');
        await sql.query(
          `INSERT INTO password_resets (token_hash, tenant_id, person_id, expires_at)
           VALUES ($1, $2, $3, now() + make_interval(secs => $4))`,
          [reset.hash, tenant.id, person.id, resetSeconds],
        );
        // Never from the request's Host header: a forged one would send the link elsewhere.
        const portal = new URL(tenant.portalUrl, app.site.publicUrl);
        portal.hash = `atrium-reset-token=${reset.token}`;
        const locale = request.body.locale ?? person.locale;
        await enqueueMail(sql, tenant.id, resetEmail(locale, person, tenant.name, portal.href));
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
      const pending = await app.db.withTenant(tenant.id, async (sql) => {
        const { rowCount } = await sql.query(
          `SELECT 1 FROM password_resets
            WHERE token_hash = $1 AND tenant_id = $2 AND used_at IS NULL AND expires_at > now()`,
          [tokenHash, tenant.id],
        );
        return rowCount === 1;
      });
      if (!pending) throw invalidToken();
      // The token stays good until a password the policy accepts arrives (ORG-3).
      enforcePasswordPolicy(tenant.passwordPolicy, request.body.password);
      const hash = await hashPassword(request.body.password);
      await app.db.withTenant(tenant.id, async (sql) => {
        const used = await sql.query<{ person_id: string }>(
          `UPDATE password_resets SET used_at = now()
            WHERE token_hash = $1 AND tenant_id = $2 AND used_at IS NULL AND expires_at > now()
            RETURNING person_id`,
          [tokenHash, tenant.id],
        );
        const personId = used.rows[0]?.person_id;
        if (!personId) throw invalidToken();
        await setPassword(sql, tenant.id, personId, hash);
        // Every other link of this person dies too, and every session ends.
        await sql.query(
          'UPDATE password_resets SET used_at = now() WHERE tenant_id = $1 AND person_id = $2 AND used_at IS NULL',
          [tenant.id, personId],
        );
        await endAllSessions(sql, tenant.id, personId);
      });
      return reply.code(204).send();
    },
  );
}

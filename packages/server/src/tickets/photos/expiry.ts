import type { FastifyBaseLogger } from 'fastify';
import type { Scopes } from '../../db/scope.js';
import { periodic, type JobOptions } from '../../jobs/periodic.js';
import { unlinkLargeObjects } from '../../uploads/large-object.js';

const pollMs = 10 * 60_000;

/**
 * Deletes every draft photo past its expiry and unlinks its large object. The objects belong
 * to the application role, so each tenant's drafts go in that tenant's own transaction;
 * drafts a report is naming right now are skipped (it locked them) and stay its photos.
 */
export async function expireDraftPhotos(db: Scopes): Promise<number> {
  const tenants = await db.withSystem(async (sql) => {
    const { rows } = await sql.query<{ tenant_id: string }>(
      `SELECT DISTINCT tenant_id FROM ticket_photos
        WHERE ticket_id IS NULL AND expires_at <= now()`,
    );
    return rows.map((r) => r.tenant_id);
  });
  let expired = 0;
  for (const tenantId of tenants) {
    expired += await db.withTenant(tenantId, async (sql) => {
      const { rows } = await sql.query<{ large_object: number }>(
        `DELETE FROM ticket_photos
          WHERE id IN (SELECT id FROM ticket_photos
                        WHERE tenant_id = $1 AND ticket_id IS NULL AND expires_at <= now()
                        FOR UPDATE SKIP LOCKED)
          RETURNING large_object`,
        [tenantId],
      );
      await unlinkLargeObjects(
        sql,
        rows.map((r) => r.large_object),
      );
      return rows.length;
    });
  }
  return expired;
}

/** The draft-expiry job on this node; any number of nodes may run it at once. */
export function startDraftExpiry(deps: { db: Scopes; log: FastifyBaseLogger } & JobOptions) {
  return periodic(
    async () => {
      const expired = await expireDraftPhotos(deps.db);
      if (expired) deps.log.info({ expired }, 'expired ticket photo drafts discarded');
    },
    { pollMs: deps.pollMs ?? pollMs, log: deps.log, failure: 'ticket photo expiry failed' },
  );
}

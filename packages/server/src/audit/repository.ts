import type { AuditAction, AuditEntityType, AuditEntry, AuditQuery } from '@atrium/sdk';
import type { Sql } from '../db/scope.js';
import type { Cursor } from '../pagination/cursor.js';
import { paged, type Page } from '../pagination/page.js';
import { camelKeys } from './fields.js';

/**
 * Adds an entry the triggers cannot write: a change that is no directory row's, such as
 * portal access granted or revoked (AUTH-1) or a "see as client" session (AUTH-3).
 */
export async function recordAudit(
  sql: Sql,
  entry: {
    tenantId: string;
    /** null: the system itself */
    actorId: string | null;
    action: AuditAction;
    entityType: AuditEntityType;
    entityId: string;
    before: object | null;
    after: object | null;
  },
): Promise<void> {
  await sql.query(
    `INSERT INTO audit_log (tenant_id, actor_id, action, entity_type, entity_id, before, after)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [
      entry.tenantId,
      entry.actorId,
      entry.action,
      entry.entityType,
      entry.entityId,
      entry.before && JSON.stringify(entry.before),
      entry.after && JSON.stringify(entry.after),
    ],
  );
}

/**
 * Whether an id names an entry of the tenant's directory, the only things the log is about
 * (nothing is ever deleted, so every id in the log still names one).
 */
export async function directoryEntryExists(sql: Sql, tenantId: string, id: string) {
  const { rowCount } = await sql.query(
    `SELECT 1 FROM property_groups WHERE tenant_id = $1 AND id = $2
     UNION ALL SELECT 1 FROM quarters WHERE tenant_id = $1 AND id = $2
     UNION ALL SELECT 1 FROM properties WHERE tenant_id = $1 AND id = $2
     UNION ALL SELECT 1 FROM units WHERE tenant_id = $1 AND id = $2
     UNION ALL SELECT 1 FROM accounts WHERE tenant_id = $1 AND id = $2
     UNION ALL SELECT 1 FROM people WHERE tenant_id = $1 AND id = $2`,
    [tenantId, id],
  );
  return rowCount !== null && rowCount > 0;
}

interface EntryRow extends Omit<AuditEntry, 'at' | 'before' | 'after'> {
  at: Date;
  at_key: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/**
 * A page of the log, newest first. `entityId` also finds the entries that name it as their
 * related id, so a person's unit links appear under the person.
 */
export async function listAuditEntries(
  sql: Sql,
  q: {
    tenantId: string;
    filter: Pick<AuditQuery, 'entityType' | 'entityId' | 'actorId'>;
    after: Cursor | null;
    limit: number;
  },
): Promise<Page<AuditEntry, Cursor>> {
  const { filter } = q;
  const { rows } = await sql.query<EntryRow>(
    `SELECT a.id, a.at,
            to_char(a.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS at_key,
            CASE WHEN ac.id IS NOT NULL THEN json_build_object('id', ac.id, 'name', ac.name) END
              AS actor,
            a.action, a.entity_type AS "entityType", a.entity_id AS "entityId", a.before, a.after
       FROM audit_log a
       LEFT JOIN people ac ON ac.tenant_id = a.tenant_id AND ac.id = a.actor_id
      WHERE a.tenant_id = $1
        AND ($2::text IS NULL OR a.entity_type = $2)
        AND ($3::uuid IS NULL OR a.entity_id = $3 OR a.related_id = $3)
        AND ($4::uuid IS NULL OR a.actor_id = $4)
        AND ($5::timestamptz IS NULL OR (a.at, a.id) < ($5::timestamptz, $6::uuid))
      ORDER BY a.at DESC, a.id DESC
      LIMIT $7`,
    [
      q.tenantId,
      filter.entityType ?? null,
      filter.entityId ?? null,
      filter.actorId ?? null,
      q.after?.at ?? null,
      q.after?.id ?? null,
      q.limit + 1,
    ],
  );
  return paged(
    rows,
    q.limit,
    ({ at_key: _key, ...row }) => ({
      ...row,
      at: row.at.toISOString(),
      before: row.before && camelKeys(row.before),
      after: row.after && camelKeys(row.after),
    }),
    (row) => ({ at: row.at_key, id: row.id }),
  );
}

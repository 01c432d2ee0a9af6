import { markHeld } from '../db/liveness.js';
import type { Sql } from '../db/scope.js';

/** How long a key's answer is replayed (the contract's promise). */
const keepHours = 24;
/**
 * A first request still unfinished after this long is taken to have hung; a retry runs. One
 * whose process is gone is taken over at once.
 */
const leaseSeconds = 60;

export interface KeyedRequest {
  /** The liveness id of the process running it (src/db/liveness.ts). */
  processId: string;
  tenantId: string;
  key: string;
  operation: string;
  /** SHA-256 of what the request asks (path and body). */
  hash: Buffer;
}

export interface StoredAnswer {
  status: number;
  contentType: string | null;
  body: string;
}

export type Claim =
  | { kind: 'run' }
  | { kind: 'replay'; answer: StoredAnswer }
  | { kind: 'reused' }
  | { kind: 'running' };

/**
 * Takes the key for this request, or says what became of it: answered (replay), used for
 * another request (reused), or still running elsewhere. Concurrent claims of one key
 * meet on its primary key: the second waits for the first insert to commit.
 */
export async function claimKey(sql: Sql, request: KeyedRequest): Promise<Claim> {
  await sql.query(
    `DELETE FROM idempotency_keys
      WHERE tenant_id = $1 AND created_at < now() - make_interval(hours => $2)`,
    [request.tenantId, keepHours],
  );
  const inserted = await sql.query(
    `INSERT INTO idempotency_keys (tenant_id, key, operation, request_hash, claimed_by)
     VALUES ($1, $2, $3, $4, $5) ON CONFLICT (tenant_id, key) DO NOTHING`,
    [request.tenantId, request.key, request.operation, request.hash, request.processId],
  );
  if (inserted.rowCount === 1) return { kind: 'run' };
  const { rows } = await sql.query<{
    same: boolean;
    status: number | null;
    content_type: string | null;
    body: string | null;
    abandoned: boolean;
  }>(
    `SELECT operation = $3 AND request_hash = $4 AS same, status, content_type, body,
            created_at < now() - make_interval(secs => $5) OR NOT ${markHeld('claimed_by')}
              AS abandoned
       FROM idempotency_keys WHERE tenant_id = $1 AND key = $2 FOR UPDATE`,
    [request.tenantId, request.key, request.operation, request.hash, leaseSeconds],
  );
  const row = rows[0];
  if (!row) return claimKey(sql, request); // expired and deleted by another request meanwhile
  if (!row.same) return { kind: 'reused' };
  if (row.status !== null) {
    return {
      kind: 'replay',
      answer: { status: row.status, contentType: row.content_type, body: row.body ?? '' },
    };
  }
  if (!row.abandoned) return { kind: 'running' };
  await sql.query(
    `UPDATE idempotency_keys SET created_at = now(), claimed_by = $3
      WHERE tenant_id = $1 AND key = $2`,
    [request.tenantId, request.key, request.processId],
  );
  return { kind: 'run' };
}

/** Keeps a successful answer for replay. */
export async function storeAnswer(sql: Sql, request: KeyedRequest, answer: StoredAnswer) {
  await sql.query(
    `UPDATE idempotency_keys SET status = $3, content_type = $4, body = $5
      WHERE tenant_id = $1 AND key = $2`,
    [request.tenantId, request.key, answer.status, answer.contentType, answer.body],
  );
}

/** Frees the key after a refusal: nothing was done, so a retry must run again. */
export async function releaseKey(sql: Sql, request: KeyedRequest) {
  await sql.query('DELETE FROM idempotency_keys WHERE tenant_id = $1 AND key = $2', [
    request.tenantId,
    request.key,
  ]);
}

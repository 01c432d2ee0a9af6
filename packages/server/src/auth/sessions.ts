import type { Session, SessionInfo } from '@atrium/sdk';
import { schemaOf } from '../contract/spec.js';
import { one, type Sql } from '../db/scope.js';
import type { Cursor } from '../pagination/cursor.js';
import { paged, type Page } from '../pagination/page.js';
import {
  accessTokenSeconds,
  hashToken,
  opaqueToken,
  refreshTokenSeconds,
  signAccessToken,
} from './tokens.js';

/** A sign-in: its id is the family id of every refresh token it hands out. */
interface SessionOwner {
  tenantId: string;
  personId: string;
  sessionId: string;
}

// The contract bounds the user agent it reports; a longer one is cut, not refused.
const userAgentLength = schemaOf<{ properties: { userAgent: { maxLength: number } } }>(
  'SessionInfo',
).properties.userAgent.maxLength;

/** The condition on a session `s` that is neither revoked nor expired. */
export const sessionLive = 's.revoked_at IS NULL AND s.expires_at > now()';

async function issue(sql: Sql, secret: string, owner: SessionOwner): Promise<Session> {
  const refresh = opaqueToken('rt');
  await sql.query(
    `INSERT INTO refresh_tokens (token_hash, tenant_id, session_id, expires_at)
     VALUES ($1, $2, $3, now() + make_interval(secs => $4))`,
    [refresh.hash, owner.tenantId, owner.sessionId, refreshTokenSeconds],
  );
  return {
    accessToken: signAccessToken(secret, owner),
    tokenType: 'Bearer',
    expiresIn: accessTokenSeconds,
    refreshToken: refresh.token,
    refreshExpiresIn: refreshTokenSeconds,
  };
}

export async function startSession(
  sql: Sql,
  secret: string,
  person: { tenantId: string; personId: string; userAgent: string | null },
): Promise<Session> {
  const { rows } = await sql.query<{ id: string }>(
    `INSERT INTO sessions (tenant_id, person_id, user_agent, expires_at)
     VALUES ($1, $2, $3, now() + make_interval(secs => $4)) RETURNING id`,
    [
      person.tenantId,
      person.personId,
      person.userAgent?.slice(0, userAgentLength) ?? null,
      refreshTokenSeconds,
    ],
  );
  return issue(sql, secret, { ...person, sessionId: one({ rows }).id });
}

export type Rotation = { session: Session } | { refused: 'unknown' | 'reused' };

/**
 * Spends a refresh token for a new pair. A token spent before means it was stolen or
 * replayed: the whole family (the session) is revoked.
 */
export async function rotateSession(
  sql: Sql,
  secret: string,
  tenantId: string,
  refreshToken: string,
): Promise<Rotation> {
  const hash = hashToken(refreshToken);
  const spent = await sql.query<{ session_id: string; person_id: string }>(
    `UPDATE refresh_tokens r SET used_at = now()
       FROM sessions s JOIN people p ON p.id = s.person_id
      WHERE r.token_hash = $1 AND r.tenant_id = $2 AND r.used_at IS NULL AND r.expires_at > now()
        AND s.id = r.session_id AND ${sessionLive} AND p.active
      RETURNING r.session_id, s.person_id`,
    [hash, tenantId],
  );
  const row = spent.rows[0];
  if (row) {
    await sql.query(
      `UPDATE sessions SET last_used_at = clock_timestamp(), expires_at = now() + make_interval(secs => $2)
        WHERE id = $1`,
      [row.session_id, refreshTokenSeconds],
    );
    const session = await issue(sql, secret, {
      tenantId,
      personId: row.person_id,
      sessionId: row.session_id,
    });
    return { session };
  }
  const reused = await sql.query(
    `UPDATE sessions SET revoked_at = now()
      WHERE tenant_id = $2 AND revoked_at IS NULL
        AND id = (SELECT session_id FROM refresh_tokens WHERE token_hash = $1 AND tenant_id = $2 AND used_at IS NOT NULL)`,
    [hash, tenantId],
  );
  return { refused: reused.rowCount ? 'reused' : 'unknown' };
}

/** Revokes the session a refresh token belongs to, whatever state the token is in. */
export async function endSessionOfToken(sql: Sql, tenantId: string, refreshToken: string) {
  await sql.query(
    `UPDATE sessions SET revoked_at = now()
      WHERE tenant_id = $2 AND revoked_at IS NULL
        AND id = (SELECT session_id FROM refresh_tokens WHERE token_hash = $1 AND tenant_id = $2)`,
    [hashToken(refreshToken), tenantId],
  );
}

/** Revokes one of a person's sessions; false when they have no such active session. */
export async function endSession(sql: Sql, owner: SessionOwner): Promise<boolean> {
  const { rowCount } = await sql.query(
    `UPDATE sessions s SET revoked_at = now()
      WHERE s.id = $1 AND s.tenant_id = $2 AND s.person_id = $3 AND ${sessionLive}`,
    [owner.sessionId, owner.tenantId, owner.personId],
  );
  return rowCount === 1;
}

/** Signs a person out everywhere (after a password reset). */
export async function endAllSessions(sql: Sql, tenantId: string, personId: string) {
  await sql.query(
    'UPDATE sessions SET revoked_at = now() WHERE tenant_id = $1 AND person_id = $2 AND revoked_at IS NULL',
    [tenantId, personId],
  );
}

/** True while the session is neither revoked nor expired and its person is active. */
export async function isSessionActive(sql: Sql, owner: SessionOwner): Promise<boolean> {
  const { rowCount } = await sql.query(
    `SELECT 1 FROM sessions s JOIN people p ON p.id = s.person_id
      WHERE s.id = $1 AND s.tenant_id = $2 AND s.person_id = $3 AND ${sessionLive} AND p.active`,
    [owner.sessionId, owner.tenantId, owner.personId],
  );
  return rowCount === 1;
}

export async function listSessions(
  sql: Sql,
  owner: SessionOwner,
  page: { after: Cursor | null; limit: number },
): Promise<Page<SessionInfo, Cursor>> {
  const { rows } = await sql.query<{
    id: string;
    created_at: Date;
    last_used_at: Date;
    user_agent: string | null;
    created_key: string;
  }>(
    `SELECT s.id, s.created_at, s.last_used_at, s.user_agent,
            to_char(s.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS created_key
       FROM sessions s
      WHERE s.tenant_id = $1 AND s.person_id = $2 AND ${sessionLive}
        AND ($3::timestamptz IS NULL OR (s.created_at, s.id) < ($3::timestamptz, $4::uuid))
      ORDER BY s.created_at DESC, s.id DESC
      LIMIT $5`,
    [owner.tenantId, owner.personId, page.after?.at, page.after?.id, page.limit + 1],
  );
  return paged(
    rows,
    page.limit,
    (r) => ({
      id: r.id,
      createdAt: r.created_at.toISOString(),
      lastUsedAt: r.last_used_at.toISOString(),
      userAgent: r.user_agent,
      current: r.id === owner.sessionId,
    }),
    (r) => ({ at: r.created_key, id: r.id }),
  );
}

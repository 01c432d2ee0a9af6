import { createHmac, randomBytes, createHash, timingSafeEqual } from 'node:crypto';

/** Access tokens live 15 minutes; refresh tokens 30 days from their last use. */
export const accessTokenSeconds = 15 * 60;
export const refreshTokenSeconds = 30 * 24 * 60 * 60;

/** Who a token speaks for: one person of one tenant, in one session (sign-in). */
export interface AccessClaims {
  tenantId: string;
  personId: string;
  sessionId: string;
  /**
   * In a client view (AUTH-3): the manager or director looking through the client's eyes.
   * The session is then theirs, so the view ends with their sign-in.
   */
  actorId?: string;
}

const base64url = (data: string | Buffer) => Buffer.from(data).toString('base64url');
const header = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
const sign = (secret: string, data: string) => createHmac('sha256', secret).update(data).digest();

/** A compact HS256 JWT bound to tenant, person and session (and actor, RFC 8693 `act`). */
export function signAccessToken(secret: string, claims: AccessClaims, now = Date.now()): string {
  const iat = Math.floor(now / 1000);
  const payload = base64url(
    JSON.stringify({
      sub: claims.personId,
      tid: claims.tenantId,
      sid: claims.sessionId,
      ...(claims.actorId !== undefined && { act: { sub: claims.actorId } }),
      iat,
      exp: iat + accessTokenSeconds,
    }),
  );
  return `${header}.${payload}.${base64url(sign(secret, `${header}.${payload}`))}`;
}

/** The claims of a genuine, unexpired token; null for anything else. */
export function verifyAccessToken(secret: string, token: string, now = Date.now()) {
  const [head, payload, signature, ...rest] = token.split('.');
  if (head !== header || !payload || !signature || rest.length) return null;
  const expected = sign(secret, `${head}.${payload}`);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const { sub, tid, sid, act, exp } = JSON.parse(Buffer.from(payload, 'base64url').toString());
    if (typeof exp !== 'number' || exp * 1000 <= now) return null;
    if (![sub, tid, sid].every((v) => typeof v === 'string')) return null;
    const claims: AccessClaims = { personId: sub, tenantId: tid, sessionId: sid };
    if (act === undefined) return claims;
    return typeof act?.sub === 'string' ? { ...claims, actorId: act.sub } : null;
  } catch {
    return null;
  }
}

/** A random opaque token (refresh, reset, e-mail change) and the hash that alone is stored. */
export function opaqueToken(prefix: 'rt' | 'pr' | 'ec') {
  const token = `${prefix}_${randomBytes(32).toString('base64url')}`;
  return { token, hash: hashToken(token) };
}

export const hashToken = (token: string) => createHash('sha256').update(token).digest();

import { createHmac, timingSafeEqual } from 'node:crypto';
import type { NotificationKind } from '@atrium/sdk';

/** Whom an unsubscribe link speaks for, and of which kind (NOTE-2). */
export interface UnsubscribeClaims {
  tenantId: string;
  personId: string;
  kind: NotificationKind;
}

const macBytes = 32;
const idBytes = 16;

// Each kind's byte in a token, for good: a link in an old e-mail must keep meaning its kind.
const kindCodes: Record<NotificationKind, number> = { ticket_updates: 1, registration_requests: 2 };
const kindOfCode = new Map(
  Object.entries(kindCodes).map(([kind, code]) => [code, kind as NotificationKind]),
);

// A key of its own, derived from the token secret: no other signature made with the secret
// (an access token's) can ever pass for an unsubscribe link's.
const mac = (secret: string, payload: Buffer) =>
  createHmac('sha256', createHmac('sha256', secret).update('atrium unsubscribe link').digest())
    .update(payload)
    .digest();

const idBytesOf = (id: string) => Buffer.from(id.replaceAll('-', ''), 'hex');
const idOf = (bytes: Buffer) =>
  bytes.toString('hex').replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5');

/**
 * The token of a person's link for one kind: tenant, person and kind, signed. It never
 * expires: a link in an old e-mail still unsubscribes, and stopping mail is all it can do.
 */
export function signUnsubscribe(secret: string, claims: UnsubscribeClaims): string {
  const payload = Buffer.concat([
    idBytesOf(claims.tenantId),
    idBytesOf(claims.personId),
    Buffer.of(kindCodes[claims.kind]),
  ]);
  return Buffer.concat([payload, mac(secret, payload)]).toString('base64url');
}

/** The claims of a genuine token; null for anything forged, altered or malformed. */
export function verifyUnsubscribe(secret: string, token: string): UnsubscribeClaims | null {
  const bytes = Buffer.from(token, 'base64url');
  // Only the one spelling of the bytes: base64url decoding skips stray characters and
  // ignores a last character's spare bits, so another text could decode the same.
  if (bytes.toString('base64url') !== token || bytes.length !== 2 * idBytes + 1 + macBytes) {
    return null;
  }
  const payload = bytes.subarray(0, -macBytes);
  if (!timingSafeEqual(bytes.subarray(-macBytes), mac(secret, payload))) return null;
  const kind = kindOfCode.get(payload[2 * idBytes] ?? 0);
  if (kind === undefined) return null;
  return {
    tenantId: idOf(payload.subarray(0, idBytes)),
    personId: idOf(payload.subarray(idBytes, 2 * idBytes)),
    kind,
  };
}

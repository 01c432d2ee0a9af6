import type { CallOptions } from './auth.js';
import type { Send } from './http.js';
import type { AuditEntryPage, AuditQuery } from './types.js';

/** Who changed what in the directory, and when (managers, directors). */
export interface AuditApi {
  /** One page of the audit log, newest first. */
  list(query?: AuditQuery, opts?: CallOptions): Promise<AuditEntryPage>;
}

export function createAudit(send: Send): AuditApi {
  return {
    list: (query, opts) =>
      send({ method: 'get', path: '/audit-log', query, auth: true, signal: opts?.signal }),
  };
}

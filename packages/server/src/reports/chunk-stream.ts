import { Readable } from 'node:stream';
import type { Scopes } from '../db/scope.js';
import { readChunk } from './repository.js';

/**
 * An agent report's bytes, read chunk by chunk, each in its own short transaction: a slow
 * client never holds a connection (PGlite has only one). A replacement uploaded meanwhile
 * ends the stream with an error rather than mixing two files.
 */
export function reportStream(
  db: Scopes,
  at: { tenantId: string; reportId: string; revision: number; size: number },
): Readable {
  async function* chunks() {
    let sent = 0;
    for (let seq = 0; sent < at.size; seq++) {
      const chunk = await db.withTenant(at.tenantId, (sql) => readChunk(sql, { ...at, seq }));
      if (!chunk) throw new Error(`agent report ${at.reportId} changed during its download`);
      sent += chunk.length;
      yield chunk;
    }
  }
  return Readable.from(chunks(), { objectMode: false });
}

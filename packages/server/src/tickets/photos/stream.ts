import { Readable } from 'node:stream';
import type { Scopes } from '../../db/scope.js';
import { chunkSize } from '../../uploads/raw-body.js';
import { readPhotoPart } from './store.js';

/**
 * A photo's bytes, read from its large object piece by piece, each in its own short
 * transaction: a slow client never holds a connection (PGlite has only one).
 */
export function photoStream(
  db: Scopes,
  photo: { tenantId: string; photoId: string; size: number },
): Readable {
  async function* parts() {
    for (let offset = 0; offset < photo.size; offset += chunkSize) {
      const part = await db.withTenant(photo.tenantId, (sql) =>
        readPhotoPart(sql, { ...photo, offset, length: chunkSize }),
      );
      if (!part?.length) throw new Error(`ticket photo ${photo.photoId} is gone`);
      yield part;
    }
  }
  return Readable.from(parts(), { objectMode: false });
}

import type { Readable } from 'node:stream';
import type { Scopes } from '../../db/scope.js';
import { largeObjectStream } from '../../uploads/large-object.js';
import { readPhotoPart } from './store.js';

/** An attached photo's bytes, streamed from its large object. */
export function photoStream(
  db: Scopes,
  photo: { tenantId: string; photoId: string; size: number },
): Readable {
  return largeObjectStream(db, {
    tenantId: photo.tenantId,
    size: photo.size,
    label: `ticket photo ${photo.photoId}`,
    readPart: (sql, offset, length) => readPhotoPart(sql, { ...photo, offset, length }),
  });
}

import { Readable } from 'node:stream';
import type { Scopes, Sql } from '../db/scope.js';
import { chunkSize, type UploadedFile } from './raw-body.js';

// pg_largeobject has no row-level security: any large object is readable by its oid. So an
// oid never leaves the server, and every read and unlink goes through the row that holds
// it (tenant checked, RLS on): that row is the only guard of the bytes.

/** A file already in memory (a demo's, a generated one) cut as an upload would be. */
export function asUploadedFile(bytes: Buffer | UploadedFile): UploadedFile {
  if (!Buffer.isBuffer(bytes)) return bytes;
  const chunks: Buffer[] = [];
  for (let offset = 0; offset < bytes.length; offset += chunkSize) {
    chunks.push(bytes.subarray(offset, offset + chunkSize));
  }
  return { chunks, size: bytes.length };
}

/**
 * Stores a file as a new large object and returns its oid. The first chunk creates the
 * object and the rest are appended, so no single query carries the whole file.
 */
export async function createLargeObject(sql: Sql, file: UploadedFile): Promise<number> {
  const [first = Buffer.alloc(0), ...rest] = file.chunks;
  const created = await sql.query<{ oid: number }>('SELECT lo_from_bytea(0, $1) AS oid', [first]);
  const oid = created.rows[0]?.oid;
  if (oid === undefined) throw new Error('large object not created');
  let offset = first.length;
  for (const chunk of rest) {
    await sql.query('SELECT lo_put($1, $2, $3)', [oid, offset, chunk]);
    offset += chunk.length;
  }
  return oid;
}

/** Deletes the large objects of rows just deleted (their `RETURNING large_object`). */
export async function unlinkLargeObjects(sql: Sql, oids: readonly number[]): Promise<void> {
  if (oids.length) {
    await sql.query('SELECT lo_unlink(oid) FROM unnest($1::oid[]) AS gone(oid)', [oids]);
  }
}

/**
 * A stored file's bytes, read piece by piece, each in its own short transaction of the
 * tenant: a slow client never holds a connection (PGlite has only one). A file removed
 * meanwhile ends the stream with an error rather than a short body.
 */
export function largeObjectStream(
  db: Scopes,
  file: {
    tenantId: string;
    size: number;
    /** Names the file in the error when it is gone. */
    label: string;
    /** `lo_get(large_object, offset, length)` through the file's row; null once it is gone. */
    readPart: (sql: Sql, offset: number, length: number) => Promise<Buffer | null>;
  },
): Readable {
  async function* parts() {
    for (let offset = 0; offset < file.size; offset += chunkSize) {
      const part = await db.withTenant(file.tenantId, (sql) =>
        file.readPart(sql, offset, chunkSize),
      );
      if (!part?.length) throw new Error(`${file.label} is gone`);
      yield part;
    }
  }
  return Readable.from(parts(), { objectMode: false });
}

import type { Sql } from '../../db/scope.js';
import { createLargeObject, unlinkLargeObjects } from '../../uploads/large-object.js';
import type { UploadedFile } from '../../uploads/raw-body.js';
import type { PhotoType, PhotoUpload } from '../types.js';

// Every read and unlink of a photo's large object goes through its ticket_photos row
// (tenant and ticket checked, RLS on): see src/uploads/large-object.ts.

/** How long an uploaded photo waits to be named in a new ticket (the contract's 24 hours). */
const draftHours = 24;

/** Stores an upload as a large object and a draft of its uploader. */
export async function saveDraft(
  sql: Sql,
  upload: {
    tenantId: string;
    uploadedBy: string;
    contentType: PhotoType;
    fileName: string | null;
    file: UploadedFile;
  },
): Promise<PhotoUpload> {
  const oid = await createLargeObject(sql, upload.file);
  const { rows } = await sql.query<{ id: string; expires_at: Date }>(
    `INSERT INTO ticket_photos (tenant_id, uploaded_by, large_object, content_type, size,
                                file_name, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, now() + make_interval(hours => $7))
     RETURNING id, expires_at`,
    [
      upload.tenantId,
      upload.uploadedBy,
      oid,
      upload.contentType,
      upload.file.size,
      upload.fileName,
      draftHours,
    ],
  );
  const row = rows[0];
  if (!row) throw new Error('photo not stored');
  return {
    id: row.id,
    contentType: upload.contentType,
    size: upload.file.size,
    expiresAt: row.expires_at.toISOString(),
  };
}

/**
 * Locks those of the ids that are the person's own unexpired drafts and returns them: a
 * draft is named in one ticket only, even by two reports sent at once.
 */
export async function lockOwnDrafts(
  sql: Sql,
  q: { tenantId: string; personId: string; photoIds: string[] },
): Promise<Set<string>> {
  const { rows } = await sql.query<{ id: string }>(
    `SELECT id FROM ticket_photos
      WHERE tenant_id = $1 AND uploaded_by = $2 AND id = ANY($3::uuid[])
        AND ticket_id IS NULL AND expires_at > now()
      ORDER BY id FOR UPDATE`,
    [q.tenantId, q.personId, q.photoIds],
  );
  return new Set(rows.map((r) => r.id));
}

/** Makes locked drafts the ticket's photos, numbered in the order given. */
export async function attachDrafts(
  sql: Sql,
  q: { tenantId: string; ticketId: string; photoIds: string[] },
) {
  await sql.query(
    `UPDATE ticket_photos p SET ticket_id = $2, position = given.position, expires_at = NULL
       FROM unnest($3::uuid[]) WITH ORDINALITY AS given(id, position)
      WHERE p.tenant_id = $1 AND p.id = given.id`,
    [q.tenantId, q.ticketId, q.photoIds],
  );
}

/** Deletes the person's draft and its bytes; false when there is no such draft of theirs. */
export async function discardDraft(
  sql: Sql,
  q: { tenantId: string; personId: string; photoId: string },
): Promise<boolean> {
  const { rows } = await sql.query<{ large_object: number }>(
    `DELETE FROM ticket_photos
      WHERE tenant_id = $1 AND uploaded_by = $2 AND id = $3 AND ticket_id IS NULL
        AND expires_at > now()
      RETURNING large_object`,
    [q.tenantId, q.personId, q.photoId],
  );
  await unlinkLargeObjects(
    sql,
    rows.map((r) => r.large_object),
  );
  return rows.length === 1;
}

/** A photo of a ticket, as a download needs it. */
export interface StoredPhoto {
  id: string;
  contentType: PhotoType;
  size: number;
  fileName: string | null;
  position: number;
}

export async function findTicketPhoto(
  sql: Sql,
  q: { tenantId: string; ticketId: string; photoId: string },
): Promise<StoredPhoto | null> {
  const { rows } = await sql.query<StoredPhoto>(
    `SELECT id, content_type AS "contentType", size, file_name AS "fileName", position
       FROM ticket_photos WHERE tenant_id = $1 AND ticket_id = $2 AND id = $3`,
    [q.tenantId, q.ticketId, q.photoId],
  );
  return rows[0] ?? null;
}

/** Up to `length` bytes of an attached photo from `offset`, or null once it is gone. */
export async function readPhotoPart(
  sql: Sql,
  q: { tenantId: string; photoId: string; offset: number; length: number },
): Promise<Buffer | null> {
  const { rows } = await sql.query<{ data: Buffer }>(
    `SELECT lo_get(large_object, $3, $4) AS data
       FROM ticket_photos WHERE tenant_id = $1 AND id = $2 AND ticket_id IS NOT NULL`,
    [q.tenantId, q.photoId, q.offset, q.length],
  );
  return rows[0]?.data ?? null;
}

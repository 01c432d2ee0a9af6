import type { Scopes, Sql } from '../../db/scope.js';
import { invalidInput } from '../../errors/problem.js';
import {
  asUploadedFile,
  createLargeObject,
  largeObjectStream,
} from '../../uploads/large-object.js';
import type { UploadedFile } from '../../uploads/raw-body.js';
import type { MeetingDocument } from '../types.js';

// Every read of a document's large object goes through its meeting_documents row (tenant
// and meeting checked, RLS on): see src/uploads/large-object.ts.

/**
 * At most 20 MB a document: the contract's uploadMeetingDocument says so in words, the
 * migration's CHECK on meeting_documents.size in bytes (a test holds the three together).
 */
export const documentLimit = 20 * 1024 * 1024;

const hrefOf = (meetingId: string, documentId: string) =>
  `/meetings/${meetingId}/documents/${documentId}`;

/**
 * Stores a PDF as a document of one of the meeting's resolutions. `bytes` is the file in
 * one Buffer (the demo's) or as an upload already cut into chunks (a route's). The caller
 * has checked who attaches it, that it is a PDF and that voting has not started; a
 * resolution of another meeting is refused as 400 naming `resolutionId`.
 */
export async function attachDocument(
  sql: Sql,
  doc: {
    tenantId: string;
    meetingId: string;
    resolutionId: string;
    name: string;
    bytes: Buffer | UploadedFile;
    uploadedBy: string;
  },
): Promise<MeetingDocument> {
  const resolution = await sql.query(
    'SELECT 1 FROM resolutions WHERE tenant_id = $1 AND meeting_id = $2 AND id = $3',
    [doc.tenantId, doc.meetingId, doc.resolutionId],
  );
  if (!resolution.rowCount) throw invalidInput([{ field: 'resolutionId', code: 'invalid_value' }]);
  const file = asUploadedFile(doc.bytes);
  const oid = await createLargeObject(sql, file);
  const { rows } = await sql.query<{ id: string }>(
    `INSERT INTO meeting_documents (tenant_id, meeting_id, resolution_id, large_object, name,
                                    size, uploaded_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [doc.tenantId, doc.meetingId, doc.resolutionId, oid, doc.name, file.size, doc.uploadedBy],
  );
  const id = rows[0]?.id;
  if (!id) throw new Error('meeting document not stored');
  return {
    id,
    resolutionId: doc.resolutionId,
    name: doc.name,
    size: file.size,
    href: hrefOf(doc.meetingId, id),
  };
}

/** Every document of a meeting, in the order they were attached. */
export async function documentsOf(
  sql: Sql,
  q: { tenantId: string; meetingId: string },
): Promise<MeetingDocument[]> {
  const { rows } = await sql.query<Omit<MeetingDocument, 'href'>>(
    `SELECT id, resolution_id AS "resolutionId", name, size FROM meeting_documents
      WHERE tenant_id = $1 AND meeting_id = $2
      ORDER BY uploaded_at, id`,
    [q.tenantId, q.meetingId],
  );
  return rows.map((row) => ({ ...row, href: hrefOf(q.meetingId, row.id) }));
}

/** One document of a meeting, as a download needs it; null when the meeting has no such. */
export async function findDocument(
  sql: Sql,
  q: { tenantId: string; meetingId: string; documentId: string },
): Promise<{ id: string; name: string; size: number } | null> {
  const { rows } = await sql.query<{ id: string; name: string; size: number }>(
    `SELECT id, name, size FROM meeting_documents
      WHERE tenant_id = $1 AND meeting_id = $2 AND id = $3`,
    [q.tenantId, q.meetingId, q.documentId],
  );
  return rows[0] ?? null;
}

/** A document's bytes, streamed from its large object. */
export function documentStream(
  db: Scopes,
  doc: { tenantId: string; documentId: string; size: number },
) {
  return largeObjectStream(db, {
    tenantId: doc.tenantId,
    size: doc.size,
    label: `meeting document ${doc.documentId}`,
    readPart: async (sql, offset, length) => {
      const { rows } = await sql.query<{ data: Buffer }>(
        `SELECT lo_get(large_object, $3, $4) AS data FROM meeting_documents
          WHERE tenant_id = $1 AND id = $2`,
        [doc.tenantId, doc.documentId, offset, length],
      );
      return rows[0]?.data ?? null;
    },
  });
}

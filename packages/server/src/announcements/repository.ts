import type { Sql } from '../db/scope.js';
import { one } from '../db/scope.js';
import type { Cursor } from '../pagination/cursor.js';
import { paged, type Page } from '../pagination/page.js';
import { isStaff, type Viewer } from '../people/viewer.js';
import { seenBy, statusOf, type AuthorRole } from './access.js';
import { markdownRules, renderMarkdown } from './markdown.js';
import type { Announcement, AnnouncementStatus, Audience } from './types.js';

interface AnnouncementRow extends Omit<Announcement, 'visibleFrom' | 'visibleUntil' | 'createdAt'> {
  html_rules: number;
  visibleFrom: Date;
  visibleUntil: Date | null;
  createdAt: Date;
  from_key: string;
}

// Announcements with what the person in $2 has read of them; $1 is the tenant.
const selectAnnouncements = `
  SELECT a.id, a.title, a.body, a.html, a.html_rules,
         json_strip_nulls(json_build_object('scope', a.audience_scope, 'groupId', a.group_id,
                                            'propertyId', a.property_id,
                                            'roles', a.audience_roles)) AS audience,
         coalesce(g.name, pr.name, tn.name) AS "audienceName",
         a.visible_from AS "visibleFrom", a.visible_until AS "visibleUntil",
         ${statusOf()} AS status,
         json_build_object('name', au.name, 'role', a.author_role) AS author,
         EXISTS (SELECT 1 FROM announcement_reads r
                  WHERE r.tenant_id = a.tenant_id AND r.announcement_id = a.id
                    AND r.person_id = $2) AS read,
         a.created_at AS "createdAt",
         to_char(a.visible_from AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS from_key
    FROM announcements a
    JOIN tenants tn ON tn.id = a.tenant_id
    JOIN people au ON au.tenant_id = a.tenant_id AND au.id = a.author_id
    LEFT JOIN property_groups g ON g.tenant_id = a.tenant_id AND g.id = a.group_id
    LEFT JOIN properties pr ON pr.tenant_id = a.tenant_id AND pr.id = a.property_id`;

const fromRow = ({ from_key: _key, html_rules, ...r }: AnnouncementRow): Announcement => ({
  ...r,
  html: html_rules === markdownRules ? r.html : renderMarkdown(r.body),
  visibleFrom: r.visibleFrom.toISOString(),
  visibleUntil: r.visibleUntil?.toISOString() ?? null,
  createdAt: r.createdAt.toISOString(),
});

/** A page of what the person sees with the status asked for, newest window first. */
export async function listAnnouncements(
  sql: Sql,
  q: {
    tenantId: string;
    viewer: Viewer;
    status: AnnouncementStatus;
    after: Cursor | null;
    limit: number;
  },
): Promise<Page<Announcement, Cursor>> {
  const { rows } = await sql.query<AnnouncementRow>(
    `${selectAnnouncements}
      WHERE a.tenant_id = $1 AND ${statusOf()} = $4 AND ${seenBy('$2', '$3')}
        AND ($5::timestamptz IS NULL OR (a.visible_from, a.id) < ($5::timestamptz, $6::uuid))
      ORDER BY a.visible_from DESC, a.id DESC
      LIMIT $7`,
    [
      q.tenantId,
      q.viewer.personId,
      isStaff(q.viewer),
      q.status,
      q.after?.at ?? null,
      q.after?.id ?? null,
      q.limit + 1,
    ],
  );
  return paged(rows, q.limit, fromRow, (row) => ({ at: row.from_key, id: row.id }));
}

/** How many current announcements the person sees and has not marked read. */
export async function unreadCount(sql: Sql, q: { tenantId: string; viewer: Viewer }) {
  const counted = await sql.query<{ unread: number }>(
    `SELECT count(*)::int AS unread FROM announcements a
      WHERE a.tenant_id = $1 AND ${statusOf()} = 'current' AND ${seenBy('$2', '$3')}
        AND NOT EXISTS (SELECT 1 FROM announcement_reads r
                         WHERE r.tenant_id = a.tenant_id AND r.announcement_id = a.id
                           AND r.person_id = $2)`,
    [q.tenantId, q.viewer.personId, isStaff(q.viewer)],
  );
  return one(counted).unread;
}

/** One announcement as the person sees it; the caller has checked they may (access.ts). */
export async function announcementDetail(
  sql: Sql,
  q: { tenantId: string; announcementId: string; viewer: Viewer },
): Promise<Announcement> {
  const found = await sql.query<AnnouncementRow>(
    `${selectAnnouncements} WHERE a.tenant_id = $1 AND a.id = $3`,
    [q.tenantId, q.viewer.personId, q.announcementId],
  );
  return fromRow(one(found));
}

/** An announcement's stored fields. */
export interface AnnouncementFields {
  title: string;
  body: string;
  audience: Audience;
  /** Instants as the database reads them. */
  visibleFrom: string;
  visibleUntil: string | null;
}

const audienceValues = (audience: Audience) => [
  audience.scope,
  audience.groupId ?? null,
  audience.propertyId ?? null,
  audience.roles ?? null,
];

/** Stores a new announcement with its HTML; the caller has checked the rules. */
export async function insertAnnouncement(
  sql: Sql,
  q: { tenantId: string; fields: AnnouncementFields; authorId: string; authorRole: AuthorRole },
): Promise<string> {
  const { title, body, audience, visibleFrom, visibleUntil } = q.fields;
  const inserted = await sql.query<{ id: string }>(
    `INSERT INTO announcements (tenant_id, title, body, html, html_rules, audience_scope, group_id,
                                property_id, audience_roles, visible_from, visible_until,
                                author_id, author_role)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id`,
    [
      q.tenantId,
      title,
      body,
      renderMarkdown(body),
      markdownRules,
      ...audienceValues(audience),
      visibleFrom,
      visibleUntil,
      q.authorId,
      q.authorRole,
    ],
  );
  return one(inserted).id;
}

/** An announcement's stored fields, read for a change (the row is locked by the caller). */
export async function announcementFields(
  sql: Sql,
  q: { tenantId: string; announcementId: string },
): Promise<AnnouncementFields> {
  const found = await sql.query<AnnouncementFields>(
    `SELECT a.title, a.body,
            json_strip_nulls(json_build_object('scope', a.audience_scope, 'groupId', a.group_id,
                                               'propertyId', a.property_id,
                                               'roles', a.audience_roles)) AS audience,
            a.visible_from::text AS "visibleFrom", a.visible_until::text AS "visibleUntil"
       FROM announcements a WHERE a.tenant_id = $1 AND a.id = $2`,
    [q.tenantId, q.announcementId],
  );
  return one(found);
}

/** Writes an announcement's fields as changed by the person, its HTML rendered anew. */
export async function updateAnnouncement(
  sql: Sql,
  q: { tenantId: string; announcementId: string; fields: AnnouncementFields; by: string },
): Promise<void> {
  const { title, body, audience, visibleFrom, visibleUntil } = q.fields;
  await sql.query(
    `UPDATE announcements
        SET title = $3, body = $4, html = $5, html_rules = $6, audience_scope = $7,
            group_id = $8, property_id = $9, audience_roles = $10, visible_from = $11,
            visible_until = $12, updated_by = $13, updated_at = clock_timestamp()
      WHERE tenant_id = $1 AND id = $2`,
    [
      q.tenantId,
      q.announcementId,
      title,
      body,
      renderMarkdown(body),
      markdownRules,
      ...audienceValues(audience),
      visibleFrom,
      visibleUntil,
      q.by,
    ],
  );
}

/** Marks it read for the person; a second mark keeps the first one's time. */
export async function markRead(
  sql: Sql,
  q: { tenantId: string; announcementId: string; personId: string },
): Promise<void> {
  await sql.query(
    `INSERT INTO announcement_reads (tenant_id, announcement_id, person_id)
     VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
    [q.tenantId, q.announcementId, q.personId],
  );
}

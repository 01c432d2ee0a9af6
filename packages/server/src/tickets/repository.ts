import type { Sql } from '../db/scope.js';
import { notFound } from '../errors/problem.js';
import type { Cursor } from '../pagination/cursor.js';
import { paged, type Page } from '../pagination/page.js';
import type { Viewer } from '../people/viewer.js';
import { personJson } from '../people/person-json.js';
import { scopeOf, type TicketScope } from './access.js';
import { movesFrom } from './transitions.js';
import type {
  Ticket,
  TicketCategory,
  TicketDetail,
  TicketEvent,
  TicketPhoto,
  TicketStatus,
} from './types.js';

interface TicketRow {
  id: string;
  number: number;
  status: TicketStatus;
  category: TicketCategory;
  place: Ticket['place'];
  location: string | null;
  unit_id: string;
  unit_number: string;
  property_name: string;
  description: string;
  contact_time: Ticket['contactTime'];
  reporter: Ticket['reporter'];
  photo_count: number;
  created_at: Date;
  updated_at: Date;
  reopenable_until: Date | null;
  created_key: string;
}

/**
 * Until when a resolved ticket may be reopened (of `t`, a ticket, and `tn`, its tenant): whole
 * days of 24 hours, so a change of daylight-saving time in between moves it by no hour.
 */
export const reopenableUntil = 't.resolved_at + make_interval(hours => 24 * tn.ticket_reopen_days)';

const selectTickets = `
  SELECT t.id, t.number, t.status, t.category, t.place, t.location, t.unit_id,
         u.number AS unit_number, pr.name AS property_name, t.description, t.contact_time,
         ${personJson('r')} AS reporter,
         (SELECT count(*)::int FROM ticket_photos ph
           WHERE ph.tenant_id = t.tenant_id AND ph.ticket_id = t.id) AS photo_count,
         t.created_at, t.updated_at,
         ${reopenableUntil} AS reopenable_until,
         to_char(t.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS created_key
    FROM tickets t
    JOIN tenants tn ON tn.id = t.tenant_id
    JOIN units u ON u.tenant_id = t.tenant_id AND u.id = t.unit_id
    JOIN properties pr ON pr.tenant_id = u.tenant_id AND pr.id = u.property_id
    JOIN people r ON r.tenant_id = t.tenant_id AND r.id = t.reporter_id`;

// TKT-1 who sees a ticket, for a scope in $2 (person, null for staff) and $3 (their units).
const visible = `($2::uuid IS NULL OR t.reporter_id = $2
                  OR (t.place = 'unit' AND t.unit_id = ANY($3::uuid[])))`;
const scopeParams = (scope: TicketScope) => [scope?.personId ?? null, scope?.unitIds ?? []];

const fromRow = (r: TicketRow): Ticket => ({
  id: r.id,
  number: r.number,
  status: r.status,
  category: r.category,
  place: r.place,
  location: r.location,
  unitId: r.unit_id,
  unitNumber: r.unit_number,
  propertyName: r.property_name,
  description: r.description,
  contactTime: r.contact_time,
  reporter: r.reporter,
  photoCount: r.photo_count,
  createdAt: r.created_at.toISOString(),
  updatedAt: r.updated_at.toISOString(),
  reopenableUntil: r.reopenable_until?.toISOString() ?? null,
});

export interface TicketFilter {
  status?: TicketStatus;
  unitId?: string;
  category?: TicketCategory;
}

/** A page of the tickets the scope sees, newest first, matching the filter. */
export async function listTickets(
  sql: Sql,
  q: {
    tenantId: string;
    scope: TicketScope;
    filter: TicketFilter;
    after: Cursor | null;
    limit: number;
  },
): Promise<Page<Ticket, Cursor>> {
  const { status, unitId, category } = q.filter;
  const { rows } = await sql.query<TicketRow>(
    `${selectTickets}
      WHERE t.tenant_id = $1 AND ${visible}
        AND ($4::text IS NULL OR t.status = $4)
        AND ($5::uuid IS NULL OR t.unit_id = $5)
        AND ($6::text IS NULL OR t.category = $6)
        AND ($7::timestamptz IS NULL OR (t.created_at, t.id) < ($7::timestamptz, $8::uuid))
      ORDER BY t.created_at DESC, t.id DESC
      LIMIT $9`,
    [
      q.tenantId,
      ...scopeParams(q.scope),
      status,
      unitId,
      category,
      q.after?.at,
      q.after?.id,
      q.limit + 1,
    ],
  );
  return paged(rows, q.limit, fromRow, (row) => ({ at: row.created_key, id: row.id }));
}

/** The ticket if the scope sees it; internal comments only for staff (a null scope). */
export async function findTicketDetail(
  sql: Sql,
  q: { tenantId: string; ticketId: string; scope: TicketScope },
): Promise<TicketDetail | null> {
  const found = await sql.query<TicketRow>(
    `${selectTickets} WHERE t.tenant_id = $1 AND t.id = $4 AND ${visible}`,
    [q.tenantId, ...scopeParams(q.scope), q.ticketId],
  );
  const [row] = found.rows;
  if (!row) return null;
  const photos = await sql.query<{
    id: string;
    content_type: TicketPhoto['contentType'];
    size: number;
  }>(
    `SELECT id, content_type, size FROM ticket_photos
      WHERE tenant_id = $1 AND ticket_id = $2 ORDER BY position`,
    [q.tenantId, row.id],
  );
  const events = await sql.query<Omit<TicketEvent, 'at'> & { at: Date }>(
    `SELECT e.id, e.kind, e.at,
            ${personJson('a')} AS author,
            e.from_status AS "fromStatus", e.to_status AS "toStatus", e.comment, e.internal
       FROM ticket_events e
       JOIN people a ON a.tenant_id = e.tenant_id AND a.id = e.author_id
      WHERE e.tenant_id = $1 AND e.ticket_id = $2 AND ($3 OR NOT e.internal)
      ORDER BY e.seq`,
    [q.tenantId, row.id, q.scope === null],
  );
  return {
    ticket: fromRow(row),
    photos: photos.rows.map((p) => ({
      id: p.id,
      contentType: p.content_type,
      size: p.size,
      href: `/tickets/${row.id}/photos/${p.id}`,
    })),
    timeline: events.rows.map((e) => ({ ...e, at: e.at.toISOString() })),
    // only staff see every ticket (a null scope), and only staff move them
    nextStatuses: q.scope === null ? [...movesFrom(row.status)] : [],
  };
}

/** The ticket as the viewer may see it, read in the caller's transaction; 404 if not theirs. */
export async function detailFor(
  sql: Sql,
  q: { tenantId: string; ticketId: string; viewer: Viewer },
): Promise<TicketDetail> {
  const detail = await findTicketDetail(sql, { ...q, scope: scopeOf(q.viewer) });
  if (!detail) throw notFound();
  return detail;
}

/** The ticket's id and number if the scope sees it. */
export async function findVisibleTicket(
  sql: Sql,
  q: { tenantId: string; ticketId: string; scope: TicketScope },
): Promise<{ id: string; number: number } | null> {
  const { rows } = await sql.query<{ id: string; number: number }>(
    `SELECT t.id, t.number FROM tickets t WHERE t.tenant_id = $1 AND t.id = $4 AND ${visible}`,
    [q.tenantId, ...scopeParams(q.scope), q.ticketId],
  );
  return rows[0] ?? null;
}

/** What a change of a ticket needs to know, with the ticket locked until the transaction ends. */
export interface LockedTicket {
  id: string;
  number: number;
  status: TicketStatus;
  reporterId: string;
  /** Whether it is resolved and its days to reopen are over. */
  reopenPeriodOver: boolean;
}

/** Locks the ticket if the scope sees it, so changes of one ticket queue one behind another. */
export async function lockTicket(
  sql: Sql,
  q: { tenantId: string; ticketId: string; scope: TicketScope },
): Promise<LockedTicket | null> {
  const { rows } = await sql.query<LockedTicket>(
    `SELECT t.id, t.number, t.status, t.reporter_id AS "reporterId",
            coalesce(${reopenableUntil} < now(), false) AS "reopenPeriodOver"
       FROM tickets t JOIN tenants tn ON tn.id = t.tenant_id
      WHERE t.tenant_id = $1 AND t.id = $4 AND ${visible}
      FOR NO KEY UPDATE OF t`,
    [q.tenantId, ...scopeParams(q.scope), q.ticketId],
  );
  return rows[0] ?? null;
}

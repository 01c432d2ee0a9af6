import { one, type Sql } from '../db/scope.js';
import type { Ticket, TicketCategory, TicketEvent, TicketStatus } from './types.js';

// Each write takes `at`, when it happened: now, unless the demo writes the past.

/** Takes the tenant's next ticket number; the counter row queues concurrent reports. */
export async function nextTicketNumber(sql: Sql, tenantId: string): Promise<number> {
  const { rows } = await sql.query<{ last_number: number }>(
    `INSERT INTO ticket_counters (tenant_id, last_number) VALUES ($1, 1)
     ON CONFLICT (tenant_id) DO UPDATE SET last_number = ticket_counters.last_number + 1
     RETURNING last_number`,
    [tenantId],
  );
  const number = rows[0]?.last_number;
  if (number === undefined) throw new Error('no ticket number');
  return number;
}

export interface NewTicket {
  tenantId: string;
  number: number;
  unitId: string;
  place: Ticket['place'];
  location: string | null;
  category: TicketCategory;
  description: string;
  contactTime: Ticket['contactTime'];
  reporterId: string;
  at?: Date;
}

/** Stores a new ticket; it was created and last updated at one and the same instant. */
export async function insertTicket(sql: Sql, t: NewTicket): Promise<string> {
  const { rows } = await sql.query<{ id: string }>(
    `INSERT INTO tickets (tenant_id, number, unit_id, place, location, category, description,
                          contact_time, reporter_id, created_at, updated_at)
     SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, at, at
       FROM (SELECT coalesce($10::timestamptz, clock_timestamp()) AS at) now
     RETURNING id`,
    [
      t.tenantId,
      t.number,
      t.unitId,
      t.place,
      t.location,
      t.category,
      t.description,
      t.contactTime,
      t.reporterId,
      t.at ?? null,
    ],
  );
  const id = rows[0]?.id;
  if (!id) throw new Error('ticket not stored');
  return id;
}

export interface NewEvent {
  kind: TicketEvent['kind'];
  authorId: string;
  fromStatus?: TicketStatus;
  toStatus?: TicketStatus;
  comment?: string;
  internal?: boolean;
  at?: Date;
}

/**
 * Adds an event to the timeline. What residents see after the report itself marks the
 * ticket updated; an internal comment does not, so it shows nowhere outside the staff's timeline.
 */
export async function recordEvent(
  sql: Sql,
  tenantId: string,
  ticketId: string,
  e: NewEvent,
): Promise<string> {
  const inserted = await sql.query<{ id: string }>(
    `INSERT INTO ticket_events (tenant_id, ticket_id, kind, author_id, from_status, to_status,
                                comment, internal, at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, coalesce($9, clock_timestamp()))
     RETURNING id`,
    [
      tenantId,
      ticketId,
      e.kind,
      e.authorId,
      e.fromStatus ?? null,
      e.toStatus ?? null,
      e.comment ?? null,
      e.internal ?? false,
      e.at ?? null,
    ],
  );
  const { id } = one(inserted);
  if (e.internal || e.kind === 'created') return id;
  await sql.query(
    `UPDATE tickets SET updated_at = coalesce($3, clock_timestamp())
      WHERE tenant_id = $1 AND id = $2`,
    [tenantId, ticketId, e.at ?? null],
  );
  return id;
}

/** Sets the status; entering `resolved` starts the days to reopen, leaving it ends them. */
export async function setStatus(
  sql: Sql,
  tenantId: string,
  ticketId: string,
  to: TicketStatus,
  at?: Date,
) {
  await sql.query(
    `UPDATE tickets
        SET status = $3,
            resolved_at = CASE WHEN $3 = 'resolved' THEN coalesce($4, clock_timestamp()) END
      WHERE tenant_id = $1 AND id = $2`,
    [tenantId, ticketId, to, at ?? null],
  );
}

import type { Sql } from '../db/scope.js';
import type { Cursor } from '../pagination/cursor.js';
import { paged, type Page } from '../pagination/page.js';
import { clientStatusOf } from './status.js';
import type { Booking, BookingStatus } from './types.js';

interface BookingRow {
  id: string;
  number: string;
  status: BookingStatus;
  customer_name: string;
  customer_email: string | null;
  customer_phone: string | null;
  cancelled_at: Date | null;
  penalty: string;
  penalty_charged_by: 'hotel' | 'operator' | null;
  created_at: Date;
  updated_at: Date;
  created_key: string;
  accommodations: Booking['accommodations'];
  extras: Booking['extras'];
}

// A booking with its services in input order, in one round trip.
const selectBookings = `
  SELECT b.id, b.number, b.status, b.customer_name, b.customer_email, b.customer_phone,
         b.cancelled_at, b.penalty::text AS penalty, b.penalty_charged_by, b.created_at, b.updated_at,
         to_char(b.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS created_key,
         coalesce((
           SELECT json_agg(json_build_object(
                    'id', a.id, 'unitId', a.unit_id, 'unitNumber', u.number,
                    'checkIn', a.check_in, 'checkOut', a.check_out, 'departedOn', a.departed_on,
                    'rates', (SELECT json_agg(json_build_object('date', r.night, 'amount', r.amount)
                                              ORDER BY r.night)
                                FROM booking_night_rates r WHERE r.accommodation_id = a.id),
                    'guests', a.guests) ORDER BY a.position)
             FROM booking_accommodations a JOIN units u ON u.id = a.unit_id
            WHERE a.booking_id = b.id), '[]') AS accommodations,
         coalesce((
           SELECT json_agg(json_build_object('id', e.id, 'kind', e.kind, 'title', e.title,
                                             'serviceDate', e.service_date, 'amount', e.amount)
                           ORDER BY e.position)
             FROM booking_extras e WHERE e.booking_id = b.id), '[]') AS extras
    FROM bookings b`;

function fromRow(row: BookingRow, currency: string): Booking {
  const cancelled = row.cancelled_at !== null;
  const services =
    row.accommodations.reduce((sum, a) => sum + a.rates.reduce((s, r) => s + r.amount, 0), 0) +
    row.extras.reduce((sum, e) => sum + e.amount, 0);
  return {
    id: row.id,
    number: row.number,
    status: row.status,
    clientStatus: clientStatusOf(row.status),
    customer: {
      name: row.customer_name,
      ...(row.customer_email !== null && { email: row.customer_email }),
      ...(row.customer_phone !== null && { phone: row.customer_phone }),
    },
    accommodations: row.accommodations,
    extras: row.extras,
    cancellation: row.cancelled_at && {
      cancelledAt: row.cancelled_at.toISOString(),
      penalty: Number(row.penalty),
      chargedBy: row.penalty_charged_by,
    },
    currency,
    // money stays integral: amounts are whole minor units well inside 2^53
    total: cancelled ? Number(row.penalty) : services,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

export async function findBooking(
  sql: Sql,
  q: { tenantId: string; bookingId: string; currency: string },
): Promise<Booking | null> {
  const { rows } = await sql.query<BookingRow>(
    `${selectBookings} WHERE b.tenant_id = $1 AND b.id = $2`,
    [q.tenantId, q.bookingId],
  );
  return rows[0] ? fromRow(rows[0], q.currency) : null;
}

export interface BookingFilter {
  status?: BookingStatus;
  unitId?: string;
  from?: string;
  to?: string;
}

/** A page of the tenant's bookings, newest first, whose stays match the filter. */
export async function listBookings(
  sql: Sql,
  q: {
    tenantId: string;
    currency: string;
    filter: BookingFilter;
    after: Cursor | null;
    limit: number;
  },
): Promise<Page<Booking, Cursor>> {
  const { status, unitId, from, to } = q.filter;
  const { rows } = await sql.query<BookingRow>(
    `${selectBookings}
      WHERE b.tenant_id = $1
        AND ($2::text IS NULL OR b.status = $2)
        AND ($3::uuid IS NULL AND $4::date IS NULL AND $5::date IS NULL OR EXISTS (
              SELECT 1 FROM booking_accommodations a
               WHERE a.booking_id = b.id
                 AND ($3::uuid IS NULL OR a.unit_id = $3)
                 AND ($4::date IS NULL OR a.check_out > $4)
                 AND ($5::date IS NULL OR a.check_in <= $5)))
        AND ($6::timestamptz IS NULL OR (b.created_at, b.id) < ($6::timestamptz, $7::uuid))
      ORDER BY b.created_at DESC, b.id DESC
      LIMIT $8`,
    [q.tenantId, status, unitId, from, to, q.after?.at, q.after?.id, q.limit + 1],
  );
  return paged(
    rows,
    q.limit,
    (row) => fromRow(row, q.currency),
    (row) => ({ at: row.created_key, id: row.id }),
  );
}

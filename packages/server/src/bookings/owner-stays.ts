import type { Sql } from '../db/scope.js';
import { counted } from '../stats/facts.js';
import type { Cursor } from '../pagination/cursor.js';
import { paged, type Page } from '../pagination/page.js';
import { clientStatusOf } from './status.js';
import type { BookingStatus, OwnerStay } from './types.js';

// Money comes back as bigint text and becomes a number only once exact (≤ 10^11 < 2^53).
interface StayRow extends Omit<
  OwnerStay,
  'clientStatus' | 'accommodationRevenue' | 'extrasRevenue' | 'penalty'
> {
  status: BookingStatus;
  id: string;
  accommodationRevenue: string;
  extrasRevenue: string;
  penalty: string;
}

/**
 * Stays in some units, newest arrival first, as their owner sees them: figures counted the
 * way the statistics count them (OWN-4, OWN-6) and no guest's or customer's personal data.
 */
export async function listOwnerStays(
  sql: Sql,
  q: {
    tenantId: string;
    unitIds: string[];
    from?: string;
    to?: string;
    after: Cursor | null;
    limit: number;
  },
): Promise<Page<OwnerStay, Cursor>> {
  const { rows } = await sql.query<StayRow>(
    `SELECT a.id, b.id AS "bookingId", b.number, b.status, a.unit_id AS "unitId", u.number AS "unitNumber",
            a.check_in::text AS "checkIn", a.check_out::text AS "checkOut",
            a.departed_on::text AS "departedOn", jsonb_array_length(a.guests) AS "guestCount",
            CASE WHEN b.status IN ${counted}
                 THEN coalesce(a.departed_on, a.check_out) - a.check_in ELSE 0 END AS nights,
            CASE WHEN b.status IN ${counted} THEN (
              SELECT coalesce(sum(r.amount), 0)::bigint FROM booking_night_rates r
               WHERE r.accommodation_id = a.id AND r.night < coalesce(a.departed_on, a.check_out))
            ELSE 0 END AS "accommodationRevenue",
            CASE WHEN b.status IN ${counted} THEN (
              SELECT coalesce(sum(e.amount), 0)::bigint FROM booking_extras e
               WHERE e.booking_id = b.id
                 AND a.id = (SELECT s.id FROM booking_accommodations s
                              WHERE s.booking_id = b.id
                                AND e.service_date BETWEEN s.check_in AND coalesce(s.departed_on, s.check_out)
                              ORDER BY s.check_in, s.position LIMIT 1))
            ELSE 0 END AS "extrasRevenue",
            CASE WHEN b.status = 'cancelled_with_penalty' AND b.penalty_charged_by = 'hotel'
                  AND a.id = (SELECT s.id FROM booking_accommodations s WHERE s.booking_id = b.id
                               ORDER BY s.check_in, s.position LIMIT 1)
                 THEN b.penalty ELSE 0::bigint END AS penalty
       FROM booking_accommodations a
       JOIN bookings b ON b.id = a.booking_id
       JOIN units u ON u.id = a.unit_id
      WHERE a.tenant_id = $1 AND a.unit_id = ANY($2::uuid[])
        AND ($3::date IS NULL OR a.check_out > $3)
        AND ($4::date IS NULL OR a.check_in <= $4)
        AND ($5::date IS NULL OR (a.check_in, a.id) < ($5::date, $6::uuid))
      ORDER BY a.check_in DESC, a.id DESC
      LIMIT $7`,
    [q.tenantId, q.unitIds, q.from, q.to, q.after?.at, q.after?.id, q.limit + 1],
  );
  return paged(
    rows,
    q.limit,
    ({ id: _id, status, accommodationRevenue, extrasRevenue, penalty, ...stay }) => ({
      ...stay,
      clientStatus: clientStatusOf(status),
      accommodationRevenue: Number(accommodationRevenue),
      extrasRevenue: Number(extrasRevenue),
      penalty: Number(penalty),
    }),
    (row) => ({ at: row.checkIn, id: row.id }),
  );
}

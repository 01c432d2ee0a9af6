/**
 * The reference definition of what a unit earned on a day, straight from raw bookings:
 * the snapshot job stores it (snapshot.ts), and rawOwnerStats (raw.ts) sums it on the fly
 * to check the snapshot and to measure what the snapshot saves.
 *
 * Parameters: $1 tenant, $2 first day, $3 last day, $4 units (uuid[]; NULL for all).
 * One row per unit and day that has anything: night_sold 0/1 and the three revenues.
 */

// Statuses of a booking that stands and counts (BKG-2). New and refused ones never happened, cancelled
// ones count only by their penalty, and reposting leaves every report until done (BKG-5).
export const counted = `('accepted', 'confirmed_to_client', 'booked', 'changed', 'completed')`;

export const dailyFactsSql = `
  SELECT unit_id, day,
         max(sold) AS night_sold,
         sum(accommodation) AS accommodation_revenue,
         sum(extras) AS extras_revenue,
         sum(penalty) AS penalty_revenue
    FROM (
      -- a night is sold when it is before the guests left; its rate is its revenue (OWN-6)
      SELECT a.unit_id, r.night AS day, 1 AS sold, r.amount AS accommodation,
             0::bigint AS extras, 0::bigint AS penalty
        FROM booking_night_rates r
        JOIN booking_accommodations a ON a.id = r.accommodation_id
        JOIN bookings b ON b.id = a.booking_id
       WHERE r.tenant_id = $1 AND r.night BETWEEN $2::date AND $3::date
         AND r.night < coalesce(a.departed_on, a.check_out)
         AND b.status IN ${counted}
         -- for some units, reach their nights through their stays (a stay is ≤ 366 nights)
         AND ($4::uuid[] IS NULL OR (a.unit_id = ANY($4::uuid[])
              AND a.check_in BETWEEN $2::date - 366 AND $3::date))
      UNION ALL
      -- an extra service dated inside a stay of its booking, check-out day included (OWN-4),
      -- goes to that stay's unit (the earliest stay when two match)
      SELECT stay.unit_id, e.service_date, 0, 0, e.amount, 0
        FROM booking_extras e
        JOIN bookings b ON b.id = e.booking_id
        CROSS JOIN LATERAL (
          SELECT a.unit_id FROM booking_accommodations a
           WHERE a.booking_id = e.booking_id
             AND e.service_date BETWEEN a.check_in AND coalesce(a.departed_on, a.check_out)
           ORDER BY a.check_in, a.position
           LIMIT 1) stay
       WHERE e.tenant_id = $1 AND e.service_date BETWEEN $2::date AND $3::date
         AND b.status IN ${counted}
         AND ($4::uuid[] IS NULL OR stay.unit_id = ANY($4::uuid[]))
      UNION ALL
      -- a penalty the hotel charged is turnover on the first planned arrival, not nights;
      -- the operator's penalty counts nowhere (OWN-6)
      SELECT a.unit_id, a.check_in, 0, 0, 0, b.penalty
        FROM booking_accommodations a
        JOIN bookings b ON b.id = a.booking_id
       WHERE a.tenant_id = $1 AND a.check_in BETWEEN $2::date AND $3::date
         AND b.status = 'cancelled_with_penalty' AND b.penalty_charged_by = 'hotel'
         AND ($4::uuid[] IS NULL OR a.unit_id = ANY($4::uuid[]))
         AND NOT EXISTS (
           SELECT 1 FROM booking_accommodations first
            WHERE first.booking_id = a.booking_id
              AND (first.check_in, first.position) < (a.check_in, a.position))
    ) facts
   GROUP BY unit_id, day`;

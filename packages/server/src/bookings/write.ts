import type { Sql } from '../db/scope.js';
import { ApiProblem, invalidInput, notFound } from '../errors/problem.js';
import { accommodationIssues, cancellationIssues } from './rules.js';
import { canMove, cancellable, holdsNights } from './status.js';
import type {
  AccommodationInput,
  BookingChange,
  BookingInput,
  BookingStatus,
  CancellationInput,
  Customer,
  ExtraServiceInput,
} from './types.js';

const invalidTransition = () => new ApiProblem(409, 'invalid_transition');

/**
 * Locks the units of the stays (so two bookings can't take the same night at once) and
 * refuses a unit of another tenant; for a booking that holds its nights, then any night
 * another standing booking, or another stay of this one, already holds (409 unit_unavailable).
 */
async function reserveUnits(
  sql: Sql,
  q: { tenantId: string; bookingId: string | null; stays: AccommodationInput[]; holds: boolean },
) {
  const { tenantId, bookingId, stays } = q;
  const unitIds = [...new Set(stays.map((s) => s.unitId))];
  // NO KEY UPDATE still makes two bookings of a unit wait for each other, but not for the
  // statistics snapshot, whose rows' foreign key checks hold KEY SHARE locks on the units.
  const { rows } = await sql.query<{ id: string }>(
    'SELECT id FROM units WHERE tenant_id = $1 AND id = ANY($2::uuid[]) ORDER BY id FOR NO KEY UPDATE',
    [tenantId, unitIds],
  );
  const known = new Set(rows.map((r) => r.id));
  const unknown = stays.flatMap((s, i) =>
    known.has(s.unitId)
      ? []
      : [{ field: `accommodations.${i}.unitId`, code: 'invalid_value' as const }],
  );
  if (unknown.length) throw invalidInput(unknown);
  if (!q.holds) return;

  const end = (s: AccommodationInput) => s.departedOn ?? s.checkOut;
  const clashInside = stays.some((a, i) =>
    stays.some(
      (b, j) => i < j && a.unitId === b.unitId && a.checkIn < end(b) && b.checkIn < end(a),
    ),
  );
  const clash = await sql.query(
    `SELECT 1 FROM booking_accommodations a
       JOIN bookings b ON b.id = a.booking_id
       JOIN jsonb_to_recordset($3::jsonb) AS s(unit_id uuid, check_in date, ends date)
         ON s.unit_id = a.unit_id AND a.check_in < s.ends AND s.check_in < coalesce(a.departed_on, a.check_out)
      WHERE a.tenant_id = $1 AND b.status NOT IN ('refused', 'cancelled', 'cancelled_with_penalty')
        AND ($2::uuid IS NULL OR b.id <> $2)
      LIMIT 1`,
    [
      tenantId,
      bookingId,
      JSON.stringify(stays.map((s) => ({ unit_id: s.unitId, check_in: s.checkIn, ends: end(s) }))),
    ],
  );
  if (clashInside || clash.rowCount) throw new ApiProblem(409, 'unit_unavailable');
}

/** Writes a booking's services, replacing whatever it had. */
async function writeServices(
  sql: Sql,
  tenantId: string,
  bookingId: string,
  services: { accommodations?: AccommodationInput[]; extras?: ExtraServiceInput[] },
) {
  if (services.accommodations) {
    await sql.query('DELETE FROM booking_accommodations WHERE booking_id = $1', [bookingId]);
    const stays = services.accommodations;
    await sql.query(
      `INSERT INTO booking_accommodations
         (tenant_id, booking_id, position, unit_id, check_in, check_out, departed_on, guests)
       SELECT $1, $2, s.position, s.unit_id, s.check_in, s.check_out, s.departed_on, s.guests
         FROM jsonb_to_recordset($3::jsonb)
           AS s(position int, unit_id uuid, check_in date, check_out date, departed_on date, guests jsonb)`,
      [
        tenantId,
        bookingId,
        JSON.stringify(
          stays.map((s, position) => ({
            position,
            unit_id: s.unitId,
            check_in: s.checkIn,
            check_out: s.checkOut,
            departed_on: s.departedOn ?? null,
            guests: s.guests,
          })),
        ),
      ],
    );
    await sql.query(
      `INSERT INTO booking_night_rates (tenant_id, accommodation_id, night, amount)
       SELECT $1, a.id, r.night, r.amount
         FROM jsonb_to_recordset($3::jsonb) AS r(position int, night date, amount bigint)
         JOIN booking_accommodations a ON a.booking_id = $2 AND a.position = r.position`,
      [
        tenantId,
        bookingId,
        JSON.stringify(
          stays.flatMap((s, position) =>
            s.rates.map((rate) => ({ position, night: rate.date, amount: rate.amount })),
          ),
        ),
      ],
    );
  }
  if (services.extras) {
    await sql.query('DELETE FROM booking_extras WHERE booking_id = $1', [bookingId]);
    await sql.query(
      `INSERT INTO booking_extras (tenant_id, booking_id, position, kind, title, service_date, amount)
       SELECT $1, $2, e.position, e.kind, e.title, e.service_date, e.amount
         FROM jsonb_to_recordset($3::jsonb)
           AS e(position int, kind text, title text, service_date date, amount bigint)`,
      [
        tenantId,
        bookingId,
        JSON.stringify(
          services.extras.map((e, position) => ({
            position,
            kind: e.kind,
            title: e.title,
            service_date: e.serviceDate,
            amount: e.amount,
          })),
        ),
      ],
    );
  }
}

/** The next number of the tenant's year (in its time zone): NA-2026-000142. */
async function nextNumber(sql: Sql, tenantId: string): Promise<string> {
  const { rows } = await sql.query<{ prefix: string; year: number; last_number: number }>(
    `WITH t AS (
       SELECT booking_prefix, extract(year FROM now() AT TIME ZONE time_zone)::int AS year
         FROM tenants WHERE id = $1)
     INSERT INTO booking_counters AS c (tenant_id, year, last_number)
     SELECT $1, t.year, 1 FROM t
     ON CONFLICT (tenant_id, year) DO UPDATE SET last_number = c.last_number + 1
     RETURNING (SELECT booking_prefix FROM t) AS prefix, year, last_number`,
    [tenantId],
  );
  const [row] = rows;
  if (!row) throw new Error('tenant without a row');
  return `${row.prefix}-${row.year}-${String(row.last_number).padStart(6, '0')}`;
}

const customerColumns = (c: Customer) => [c.name, c.email ?? null, c.phone ?? null];

/** Creates a booking (BKG-1); it starts `new` unless a standing status is given. */
export async function createBooking(
  sql: Sql,
  tenantId: string,
  input: BookingInput,
): Promise<string> {
  const status = input.status ?? 'new';
  const issues = [
    ...(holdsNights(status) || status === 'refused'
      ? []
      : [{ field: 'status', code: 'invalid_value' as const }]),
    ...accommodationIssues(input.accommodations),
  ];
  if (issues.length) throw invalidInput(issues);
  await reserveUnits(sql, {
    tenantId,
    bookingId: null,
    stays: input.accommodations,
    holds: holdsNights(status),
  });
  const number = await nextNumber(sql, tenantId);
  const { rows } = await sql.query<{ id: string }>(
    `INSERT INTO bookings (tenant_id, number, status, customer_name, customer_email, customer_phone)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [tenantId, number, status, ...customerColumns(input.customer)],
  );
  const [created] = rows;
  if (!created) throw new Error('insert returned no row');
  await writeServices(sql, tenantId, created.id, input);
  return created.id;
}

async function lockBooking(sql: Sql, tenantId: string, bookingId: string) {
  const { rows } = await sql.query<{ status: BookingStatus }>(
    'SELECT status FROM bookings WHERE tenant_id = $1 AND id = $2 FOR UPDATE',
    [tenantId, bookingId],
  );
  if (!rows[0]) throw notFound();
  return rows[0].status;
}

/**
 * Changes a booking: its status along BKG-2's moves, its customer, its services. Editing a
 * completed booking puts it in reposting (BKG-5); a cancelled or refused one stays as it is.
 */
export async function changeBooking(
  sql: Sql,
  q: { tenantId: string; bookingId: string; change: BookingChange },
) {
  const { tenantId, bookingId, change } = q;
  const current = await lockBooking(sql, tenantId, bookingId);
  const edits =
    change.customer !== undefined ||
    change.accommodations !== undefined ||
    change.extras !== undefined;
  const status = change.status ?? (edits && current === 'completed' ? 'reposting' : current);
  if (!canMove(current, status) || (edits && !holdsNights(status))) throw invalidTransition();
  if (change.accommodations) {
    const issues = accommodationIssues(change.accommodations);
    if (issues.length) throw invalidInput(issues);
    await reserveUnits(sql, { tenantId, bookingId, stays: change.accommodations, holds: true });
  }
  await sql.query(
    `UPDATE bookings SET status = $3,
            customer_name = coalesce($4, customer_name),
            customer_email = CASE WHEN $4::text IS NULL THEN customer_email ELSE $5 END,
            customer_phone = CASE WHEN $4::text IS NULL THEN customer_phone ELSE $6 END,
            updated_at = clock_timestamp()
      WHERE tenant_id = $1 AND id = $2`,
    [
      tenantId,
      bookingId,
      status,
      ...(change.customer ? customerColumns(change.customer) : [null, null, null]),
    ],
  );
  await writeServices(sql, tenantId, bookingId, change);
}

/** Cancels a standing booking, with a penalty and who charged it, or free (OWN-6). */
export async function cancelBooking(
  sql: Sql,
  q: { tenantId: string; bookingId: string; cancellation: CancellationInput },
) {
  const { penalty, chargedBy } = q.cancellation;
  const issues = cancellationIssues(penalty, chargedBy);
  if (issues.length) throw invalidInput(issues);
  const current = await lockBooking(sql, q.tenantId, q.bookingId);
  if (!cancellable.includes(current)) throw invalidTransition();
  await sql.query(
    `UPDATE bookings SET status = $3, penalty = $4, penalty_charged_by = $5,
            cancelled_at = clock_timestamp(), updated_at = clock_timestamp()
      WHERE tenant_id = $1 AND id = $2`,
    [
      q.tenantId,
      q.bookingId,
      penalty > 0 ? 'cancelled_with_penalty' : 'cancelled',
      penalty,
      chargedBy ?? null,
    ],
  );
}

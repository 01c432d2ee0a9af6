import type { Sql } from '../db/scope.js';
import { one } from '../db/scope.js';

/**
 * A meeting's status by the database's clock, for `m`, a meetings row: scheduled before
 * opens_at, closed from closes_at on. clock_timestamp() by default: a transaction that
 * waited on a lock judges the window at the moment it acts. The list passes now(), so one
 * clock judges all its rows; a vote passes the clock it dates its votes by.
 */
export const statusOf = (m = 'm', clock = 'clock_timestamp()') =>
  `CASE WHEN ${clock} < ${m}.opens_at THEN 'scheduled'
        WHEN ${clock} < ${m}.closes_at THEN 'open' ELSE 'closed' END`;

/** Whether a LocalDateTime (YYYY-MM-DDTHH:mm, the contract's pattern) names a day the month has. */
export function isRealLocalTime(local: string): boolean {
  const date = new Date(`${local}:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(local);
}

/** The window's instants, the tenant's wall-clock times read in its time zone, and how they lie. */
export interface Window {
  opensAt: Date;
  closesAt: Date;
  /** It closes no later than it opens. */
  reversed: boolean;
  /** Its close is already past. */
  over: boolean;
}

/**
 * The instant of a LocalDateTime parameter `local` in the time zone `zone` (SQL), as the
 * contract reads it. PostgreSQL reads a time that a change to summer time skips as the
 * hour after, as the contract does, but a time that happens twice as the second of the
 * two; the contract means the first: the time read with the offset in force a day before,
 * when that is an earlier instant showing the same wall-clock time.
 */
const instantOf = (local: string, zone: string) => `(
  SELECT CASE WHEN first < later AND first AT TIME ZONE ${zone} = ${local}::timestamp
              THEN first ELSE later END
    FROM (SELECT later,
                 (${local}::timestamp - ((later - interval '1 day') AT TIME ZONE ${zone}
                                         - (later - interval '1 day') AT TIME ZONE 'UTC'))
                   AT TIME ZONE 'UTC' AS first
            FROM (SELECT ${local}::timestamp AT TIME ZONE ${zone} AS later) pg) readings)`;

/** Reads two real LocalDateTimes in the tenant's time zone, as the contract says. */
export async function windowOf(
  sql: Sql,
  q: { tenantId: string; opensAt: string; closesAt: string },
): Promise<Window> {
  return one(
    await sql.query<Window>(
      `SELECT opens_at AS "opensAt", closes_at AS "closesAt", closes_at <= opens_at AS reversed,
              closes_at <= clock_timestamp() AS over
         FROM (SELECT ${instantOf('$2', 'time_zone')} AS opens_at,
                      ${instantOf('$3', 'time_zone')} AS closes_at
                 FROM tenants WHERE id = $1) w`,
      [q.tenantId, q.opensAt, q.closesAt],
    ),
  );
}

import { addDays, wallClock } from './dates.js';

/**
 * The last day whose snapshot is due at `now` (OWN-3): yesterday in the tenant's time zone
 * once its snapshot time (`HH:MM[:SS]`, local) has passed today, the day before until then.
 */
export function lastDueDay(now: Date, timeZone: string, snapshotTime: string): string {
  const { day: today, time } = wallClock(now, timeZone);
  // Zero-padded times compare as strings: '15:59:59' < '16:00' <= '16:00:00'.
  return addDays(today, time >= snapshotTime ? -1 : -2);
}

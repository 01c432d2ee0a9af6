import { addDays } from './dates.js';

/**
 * The last day whose snapshot is due at `now` (OWN-3): yesterday in the tenant's time zone
 * once its snapshot time (`HH:MM[:SS]`, local) has passed today, the day before until then.
 */
export function lastDueDay(now: Date, timeZone: string, snapshotTime: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? '';
  const today = `${part('year')}-${part('month')}-${part('day')}`;
  const time = `${part('hour')}:${part('minute')}:${part('second')}`;
  // Zero-padded times compare as strings: '15:59:59' < '16:00' <= '16:00:00'.
  return addDays(today, time >= snapshotTime ? -1 : -2);
}

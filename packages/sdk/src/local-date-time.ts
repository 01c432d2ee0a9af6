import type { LocalDateTime } from './types.js';

/**
 * The wall-clock time `instant` shows in `timeZone` (IANA, e.g. a tenant's `Europe/Warsaw`)
 * as the contract's LocalDateTime, `YYYY-MM-DDTHH:mm`: the seconds are dropped, so the time
 * written is never later than the instant. An unknown zone throws a RangeError.
 */
export function localDateTime(instant: Date, timeZone: string): LocalDateTime {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    // h23, not hour12: false, which some engines write as 24:00 at midnight
    hourCycle: 'h23',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}`;
}

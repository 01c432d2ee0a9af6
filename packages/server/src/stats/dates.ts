// Calendar dates as `YYYY-MM-DD` strings, computed in UTC so no local zone shifts them.

const dayMs = 86_400_000;
const toDate = (day: string) => new Date(`${day}T00:00:00Z`);
const toDay = (date: Date) => date.toISOString().slice(0, 10);

export const addDays = (day: string, days: number) =>
  toDay(new Date(toDate(day).getTime() + days * dayMs));

/** Whole days from a to b (b − a). */
export const daysBetween = (a: string, b: string) =>
  Math.round((toDate(b).getTime() - toDate(a).getTime()) / dayMs);

/** Every day from `from` to `to` inclusive. */
export function daysFrom(from: string, to: string): string[] {
  const count = daysBetween(from, to) + 1;
  return Array.from({ length: Math.max(0, count) }, (_, i) => addDays(from, i));
}

export const monthOf = (day: string) => day.slice(0, 7);

/** The day (`YYYY-MM-DD`) and the time (`HH:MM:SS`, 24-hour) a time zone's clocks show. */
export function wallClock(at: Date, timeZone: string): { day: string; time: string } {
  const format = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  });
  const parts = format.formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? '';
  return {
    day: `${part('year')}-${part('month')}-${part('day')}`,
    time: `${part('hour')}:${part('minute')}:${part('second')}`,
  };
}

/** The first day of the month after `month` (YYYY-MM). */
export function nextMonthStart(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return toDay(new Date(Date.UTC(year, m, 1)));
}

export const lastDayOfMonth = (month: string) => addDays(nextMonthStart(month), -1);

/** YYYY-MM `count` months before (negative: after) `month`. */
export function monthsBefore(month: string, count: number): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return toDay(new Date(Date.UTC(year, m - 1 - count, 1))).slice(0, 7);
}

/** True for a real calendar date (the format alone lets 2026-02-30 through). */
export const isRealDay = (day: string) =>
  /^\d{4}-\d\d-\d\d$/.test(day) &&
  !Number.isNaN(toDate(day).getTime()) &&
  toDay(toDate(day)) === day;

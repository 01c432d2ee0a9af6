/** A contract month (`YYYY-MM`) as a local date on its first day. */
export function monthStart(month: string): Date {
  const [year, index] = month.split('-').map(Number);
  return new Date(year ?? 1970, (index ?? 1) - 1, 1);
}

/** The month `delta` months after `month` (before, when negative). */
export function addMonths(month: string, delta: number): string {
  const [year = 1970, index = 1] = month.split('-').map(Number);
  const total = year * 12 + index - 1 + delta;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}

/** `count` months ending with `last`, newest first. */
export function monthsBack(last: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => addMonths(last, -i));
}

/** The month (`YYYY-MM`) a local date falls in. */
export function monthOf(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}

import { lastDayOfMonth, monthOf, monthsBefore } from '../stats/dates.js';
import type { SubmissionWindow } from './types.js';

/** The tenant's days of the month between which readings are accepted (MTR-1). */
export interface WindowDays {
  opensDay: number;
  closesDay: number;
}

/** The window of one month; a day past the month's end means its last day. */
export function windowOfMonth(month: string, days: WindowDays): Omit<SubmissionWindow, 'isOpen'> {
  const last = Number(lastDayOfMonth(month).slice(8));
  const day = (d: number) => `${month}-${String(Math.min(d, last)).padStart(2, '0')}`;
  return { month, opensOn: day(days.opensDay), closesOn: day(days.closesDay) };
}

/** The window open on `today` (a tenant-local date), else the next one to open. */
export function currentWindow(today: string, days: WindowDays): SubmissionWindow {
  const month = monthOf(today);
  const thisMonth = windowOfMonth(month, days);
  if (today > thisMonth.closesOn) {
    return { ...windowOfMonth(monthsBefore(month, -1), days), isOpen: false };
  }
  return { ...thisMonth, isOpen: today >= thisMonth.opensOn };
}

/** The month of the open window, else of the last one that closed: what managers review. */
export function lastOpenedMonth(today: string, days: WindowDays): string {
  const window = currentWindow(today, days);
  return window.isOpen ? window.month : monthsBefore(window.month, 1);
}

import type { FieldIssue } from '../errors/problem.js';
import { addDays, daysBetween } from '../stats/dates.js';
import type { AccommodationInput } from './types.js';

/**
 * The business rules of an accommodation that a schema can't say, as field errors: dates in
 * order, a stay cut short ending inside the stay (OWN-6), one rate for each night.
 */
export function accommodationIssues(accommodations: AccommodationInput[]): FieldIssue[] {
  return accommodations.flatMap((stay, i) => {
    const at = `accommodations.${i}`;
    if (stay.checkOut <= stay.checkIn) return [{ field: `${at}.checkOut`, code: 'out_of_range' }];
    const issues: FieldIssue[] = [];
    if (
      stay.departedOn !== undefined &&
      !(stay.departedOn > stay.checkIn && stay.departedOn < stay.checkOut)
    ) {
      issues.push({ field: `${at}.departedOn`, code: 'out_of_range' });
    }
    if (!ratesMatchNights(stay)) issues.push({ field: `${at}.rates`, code: 'invalid_value' });
    return issues;
  });
}

/**
 * Whether the stay has exactly one rate per night. The count is compared first: the contract
 * caps rates at 366, so the nights are only listed when there are that few of them, never for a
 * stay of two centuries.
 */
function ratesMatchNights(stay: AccommodationInput): boolean {
  const nights = daysBetween(stay.checkIn, stay.checkOut);
  if (nights !== stay.rates.length) return false;
  const given = stay.rates.map((rate) => rate.date).sort();
  return given.every((date, n) => date === addDays(stay.checkIn, n));
}

/** A penalty above zero needs who charged it; a free cancellation has nobody (OWN-6). */
export function cancellationIssues(penalty: number, chargedBy: string | undefined): FieldIssue[] {
  if (penalty > 0 && chargedBy === undefined) return [{ field: 'chargedBy', code: 'required' }];
  if (penalty === 0 && chargedBy !== undefined)
    return [{ field: 'chargedBy', code: 'invalid_value' }];
  return [];
}

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
    const nights = daysBetween(stay.checkIn, stay.checkOut);
    const expected = Array.from({ length: nights }, (_, n) => addDays(stay.checkIn, n));
    const given = stay.rates.map((rate) => rate.date).sort();
    if (given.length !== expected.length || given.some((date, n) => date !== expected[n])) {
      issues.push({ field: `${at}.rates`, code: 'invalid_value' });
    }
    return issues;
  });
}

/** A penalty above zero needs who charged it; a free cancellation has nobody (OWN-6). */
export function cancellationIssues(penalty: number, chargedBy: string | undefined): FieldIssue[] {
  if (penalty > 0 && chargedBy === undefined) return [{ field: 'chargedBy', code: 'required' }];
  if (penalty === 0 && chargedBy !== undefined)
    return [{ field: 'chargedBy', code: 'invalid_value' }];
  return [];
}

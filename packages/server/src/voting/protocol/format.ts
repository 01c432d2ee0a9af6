import type { Locale } from '@atrium/sdk';
import { fill } from '../../errors/messages.js';
import type { Fraction } from '../types.js';

/** An exact weight or area, never through a float: at least two places, more when it has them. */
export function formatArea(value: string, locale: Locale): string {
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 10,
  }).format(value as `${number}`);
}

/** A moment as the tenant's clocks showed it, with the zone named. */
export function formatMoment(at: Date, locale: Locale, timeZone: string): string {
  const local = new Intl.DateTimeFormat(locale, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone,
  }).format(at);
  return `${local} (${timeZone})`;
}

/** A fraction written as one (`2/3`) inside a localised template. */
export const fractionIn = (template: string, fraction: Fraction) =>
  fill(template, { fraction: `${fraction.numerator}/${fraction.denominator}` });

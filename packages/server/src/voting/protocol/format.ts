import type { Locale } from '@atrium/sdk';
import { fill } from '../../errors/messages.js';
import type { Fraction } from '../types.js';

const areaFormats = new Map<Locale, Intl.NumberFormat>();

/** An exact weight or area, never through a float: at least two places, more when it has them. */
export function formatArea(value: string, locale: Locale): string {
  let format = areaFormats.get(locale);
  if (!format) {
    // made once per locale: a protocol formats one figure per vote
    format = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 10 });
    areaFormats.set(locale, format);
  }
  return format.format(value as `${number}`);
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

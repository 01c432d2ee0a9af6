import type { Locale } from '@atrium/sdk';
import { decimal, percent } from '../core/format.js';
import type { Translate } from '../core/i18n.js';

// The contract's weights carry at most 10 decimals: as integers of 10⁻¹⁰ m² they divide exactly.
const DIGITS = 10;

function scaled(decimal: string): bigint {
  const [whole = '0', fraction = ''] = decimal.split('.');
  return BigInt(whole + fraction.padEnd(DIGITS, '0').slice(0, DIGITS));
}

/** `part` as a decimal share of `whole` (`0.0339375`), to 10 places, for `percent()`. */
export function shareOf(part: string, whole: string): string {
  const divisor = scaled(whole);
  if (divisor === 0n) return '0';
  const quotient = (scaled(part) * 10n ** BigInt(DIGITS)) / divisor;
  const digits = quotient.toString().padStart(DIGITS + 1, '0');
  return `${digits.slice(0, -DIGITS)}.${digits.slice(-DIGITS)}`;
}

/** Areas are told to the hundredth of a square metre, as a property's areas are measured. */
const AREA_DIGITS = 2;

/** An area in square metres as the language writes it: `27,15 m²`, `54,30 m²`. */
export function areaText(t: Translate, value: string, locale: Locale): string {
  return t('area', { value: decimal(value, locale, AREA_DIGITS) });
}

/** An area with its share of the total area: `27,15 m² (3,39%)`, `526,40 m² (28,60%)`. */
export function areaShareText(t: Translate, value: string, total: string, locale: Locale): string {
  return t('areaShare', {
    area: areaText(t, value, locale),
    percent: percent(shareOf(value, total), locale, 2, true),
  });
}

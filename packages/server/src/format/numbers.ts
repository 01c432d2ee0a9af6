import type { Locale } from '@atrium/sdk';

/** A four-place share as a percentage with two places: 0.7097 → 70,97 %. */
export function formatShare(share: string, locale: Locale): string {
  return new Intl.NumberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(share as `${number}`);
}

/**
 * A decimal written in the contract's way (`116.000`) as the language writes it, with the
 * places it has: `116,000` in Polish and Russian, where `116.000` would read as thousands.
 */
export function formatDecimal(value: string, locale: Locale): string {
  if (!/^-?\d+(\.\d+)?$/.test(value)) return value;
  const places = value.split('.')[1]?.length ?? 0;
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: places,
    maximumFractionDigits: places,
  }).format(value as `${number}`);
}

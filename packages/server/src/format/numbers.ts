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

/** Minor units of a currency as the language writes money: 123456 PLN → 1 234,56 zł. */
export function formatMoney(minor: number, currency: string, locale: Locale): string {
  const format = new Intl.NumberFormat(locale, { style: 'currency', currency });
  const places = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(minor / 10 ** places);
}

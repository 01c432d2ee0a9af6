import type { components, Locale } from '@atrium/sdk';
import { formatShare } from '../../format/numbers.js';

export type StatsFigures = components['schemas']['StatsFigures'];
export type FigureKey = keyof StatsFigures;

/** What each figure is, so PDF and XLSX format the same number the same way. */
export const figureKinds: Record<FigureKey, 'count' | 'share' | 'money'> = {
  nightsAvailable: 'count',
  nightsSold: 'count',
  occupancy: 'share',
  adr: 'money',
  revpar: 'money',
  accommodationRevenue: 'money',
  extrasRevenue: 'money',
  penaltyRevenue: 'money',
};

/** The rows of a statement, in the order both formats show them. */
export const figureOrder = Object.keys(figureKinds) as FigureKey[];

/** Digits after the decimal point of a currency's major unit (2 for RUB and PLN). */
export function minorDigits(currency: string): number {
  const { maximumFractionDigits } = new Intl.NumberFormat('en', {
    style: 'currency',
    currency,
  }).resolvedOptions();
  return maximumFractionDigits ?? 2;
}

/** Minor units as an exact decimal string (123456 → "1234.56"), never through a float. */
export function toDecimal(minor: number, digits: number): `${number}` {
  const text = String(minor).padStart(digits + 1, '0');
  return (digits ? `${text.slice(0, -digits)}.${text.slice(-digits)}` : text) as `${number}`;
}

/** Money in the locale's own way: `1 234,56 ₽`, `1234,56 zł`, `RUB 1,234.56`. */
export function formatMoney(minor: number, currency: string, locale: Locale): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(
    toDecimal(minor, minorDigits(currency)),
  );
}

/** The stand-alone month name with the year: `октябрь 2026`, `październik 2026`. */
export function monthTitle(month: string, locale: Locale): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const name = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, monthNumber - 1, 1)),
  );
  return `${name} ${year}`;
}

/** A figure as text in a locale. */
export function formatFigure(
  key: FigureKey,
  figures: StatsFigures,
  currency: string,
  locale: Locale,
): string {
  const value = figures[key];
  switch (figureKinds[key]) {
    case 'money':
      return formatMoney(Number(value), currency, locale);
    case 'share':
      return formatShare(String(value), locale);
    case 'count':
      return new Intl.NumberFormat(locale).format(Number(value));
  }
}

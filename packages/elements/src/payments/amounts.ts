import type { Locale, PaymentType } from '@atrium/sdk';
import { count } from '../core/format.js';
import type { Translate } from '../core/i18n.js';

/** Spaces a reader may type, or paste from a figure Intl wrote, between groups of digits. */
const groupSpaces = /[\s\u00a0\u202f]/g;

/**
 * An amount as typed (`1 234,5`, `1234.50`) in the currency's minor units, exactly (no
 * float): a comma or a point before at most `digits` decimals. Null when it is not one.
 */
export function minorUnitsOf(typed: string, digits: number): number | null {
  const match = /^(\d+)(?:[.,](\d*))?$/.exec(typed.replace(groupSpaces, ''));
  if (!match) return null;
  const [, whole = '', fraction = ''] = match;
  if (fraction.length > digits) return null;
  const minor = BigInt(whole) * 10n ** BigInt(digits) + BigInt(fraction.padEnd(digits, '0') || 0);
  return minor <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(minor) : null;
}

/** Whole points as typed (`1 200`); null when they are not digits. */
export function pointsOf(typed: string): number | null {
  const compact = typed.replace(groupSpaces, '');
  return /^\d{1,10}$/.test(compact) ? Number(compact) : null;
}

/** A card number as typed, spaces and dashes between its groups dropped. */
export function cardNumberOf(typed: string): string {
  return typed.replace(/[\s\u00a0-]/g, '');
}

/** The sign the language writes `currency` with (`zł`, `₽`; `PLN` in English), for a label. */
export function currencySign(currency: string, locale: Locale): string {
  const parts = new Intl.NumberFormat(locale, { style: 'currency', currency }).formatToParts(0);
  return parts.find((part) => part.type === 'currency')?.value ?? currency;
}

/**
 * Points in the loyalty program's own currency (FIN-5): `50 points` in words, in the plural
 * the language wants; a program that counts in a currency (`RUB`, `BYN`) as `50 RUB`.
 */
export function pointsText(t: Translate, locale: Locale, type: PaymentType, points: number) {
  const currency = type.loyaltyCurrency;
  const figure = count(points, locale);
  if (!currency || currency.toLowerCase() === 'points') {
    return t('points.count', { count: points, figure });
  }
  return t('points.inCurrency', { figure, currency });
}

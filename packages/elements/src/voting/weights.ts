import type { Locale } from '@atrium/sdk';
import { decimal, percent } from '../core/format.js';
import type { Translate } from '../core/i18n.js';

/** Areas are told to the hundredth of a square metre, as a property's areas are measured. */
const AREA_DIGITS = 2;

/** Shares of the total area are told to the hundredth of a percent, as the protocol tells them. */
const PERCENT_DIGITS = 2;

/** The same precision as the places of a decimal share: `0.2860` is 28.60 %. */
export const SHARE_PLACES = PERCENT_DIGITS + 2;

/** An area in square metres as the language writes it: `27,15 m²`, `54,30 m²`. */
export function areaText(t: Translate, value: string, locale: Locale): string {
  return t('area', { value: decimal(value, locale, AREA_DIGITS) });
}

/**
 * An area with its share of the total area (a decimal share, from `shareOf` or
 * `resultShares`): `27,15 m² (3,39%)`, `526,40 m² (28,60%)`.
 */
export function areaShareText(t: Translate, value: string, share: string, locale: Locale): string {
  return t('areaShare', {
    area: areaText(t, value, locale),
    percent: percent(share, locale, PERCENT_DIGITS, true),
  });
}

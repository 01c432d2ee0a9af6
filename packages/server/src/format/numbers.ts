import type { Locale } from '@atrium/sdk';

/** A four-place share as a percentage with two places: 0.7097 → 70,97 %. */
export function formatShare(share: string, locale: Locale): string {
  return new Intl.NumberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(share as `${number}`);
}

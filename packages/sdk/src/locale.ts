import { Locale as contractLocales } from './generated/enums.js';
import type { Locale } from './types.js';

/** The languages the contract speaks, in the contract's order (its generated Locale enum). */
export const locales: readonly Locale[] = contractLocales;

/** Narrows a string (an Accept-Language tag, a stored setting) to a contract locale. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

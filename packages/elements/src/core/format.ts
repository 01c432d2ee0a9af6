import { format, formatDuration } from 'date-fns';
import { enGB } from 'date-fns/locale/en-GB';
import { pl } from 'date-fns/locale/pl';
import { ru } from 'date-fns/locale/ru';
import type { Locale } from '@atrium/sdk';
import { monthStart } from './months.js';

const dateLocales = { ru, pl, en: enGB };

/**
 * A contract month (`2026-10`) in words. The stand-alone forms (`LLLL`: `октябрь`,
 * `październik`), not the genitive of `MMMM`: a month stands alone in a label or a cell,
 * capitalised there; `inSentence` keeps the language's own case (`за октябрь 2026`).
 */
export function monthLabel(
  month: string,
  locale: Locale,
  pattern: 'LLLL yyyy' | 'LLL yyyy',
  inSentence = false,
) {
  const text = format(monthStart(month), pattern, { locale: dateLocales[locale] });
  return inSentence ? text : text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

/** A contract timestamp as the reader's language writes a date and time, in the reader's zone. */
export function dateTime(timestamp: string, locale: Locale): string {
  return format(new Date(timestamp), 'PPp', { locale: dateLocales[locale] });
}

/**
 * A contract date (`2026-11-25`, a calendar day: no time zone shift) or timestamp (the
 * reader's day) in words: `d MMMM` → `25 listopada`, `d MMMM yyyy` → `25 listopada 2026`,
 * `PP` → `25 lis 2026`; or in figures, `P` → `25.11.2026` (a statement's column).
 */
export function dateLabel(
  date: string,
  locale: Locale,
  pattern: 'd MMMM' | 'd MMMM yyyy' | 'PP' | 'P',
): string {
  // A date-time without an offset is local time: the day stays the day written.
  const when = new Date(date.length === 10 ? `${date}T00:00` : date);
  return format(when, pattern, { locale: dateLocales[locale] });
}

/**
 * The contract's money (integer minor units) as the language writes it, in `currency`;
 * `signed` writes a plus before a positive amount too (an entry paid in, beside charges).
 */
export function money(minor: number, currency: string, locale: Locale, signed = false): string {
  const formatter = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    ...(signed ? { signDisplay: 'exceptZero' } : {}),
  });
  return formatter.format(decimalOf(minor, currencyDigits(currency)));
}

/** The digits after the decimal separator of `currency` (2 for PLN and RUB, 0 for JPY). */
export function currencyDigits(currency: string): number {
  return (
    new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
      .maximumFractionDigits ?? 2
  );
}

/** Money as a plain number of major units, for chart axes (precision there is the pixel's). */
export function majorUnits(minor: number, currency: string): number {
  return minor / 10 ** currencyDigits(currency);
}

// Integer arithmetic to a decimal string, which Intl formats exactly: 123456 → "1234.56".
function decimalOf(minor: number, digits: number): Intl.StringNumericLiteral {
  const value = BigInt(minor);
  const negative = value < 0n;
  const abs = negative ? -value : value;
  const scale = 10n ** BigInt(digits);
  const fraction = digits ? `.${(abs % scale).toString().padStart(digits, '0')}` : '';
  return `${negative ? '-' : ''}${abs / scale}${fraction}` as Intl.StringNumericLiteral;
}

/**
 * A contract decimal share (`0.7097`) as a percentage, to one decimal place unless told;
 * `fixed` writes every place (`28,60%`), so that figures read down a column line up.
 */
export function percent(share: string, locale: Locale, digits = 1, fixed = false): string {
  return new Intl.NumberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: fixed ? digits : 0,
    maximumFractionDigits: digits,
  }).format(share as Intl.StringNumericLiteral);
}

/**
 * A contract decimal (`987.5166668620`) as the language writes it, to exactly `digits`
 * places: `987,52`, `526,40`. Rounded from the string itself, half away from zero, never
 * through a float.
 */
export function decimal(value: string, locale: Locale, digits: number): string {
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value as Intl.StringNumericLiteral);
}

/** A size in bytes as the language writes it, in kB or MB. */
export function fileSize(bytes: number, locale: Locale): string {
  const [unit, value] =
    bytes >= 1_000_000 ? ['megabyte', bytes / 1_000_000] : ['kilobyte', bytes / 1_000];
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit,
    maximumFractionDigits: 1,
  }).format(value);
}

/**
 * A time left in days, hours and minutes as the language says it (`2 dni 3 godziny 5
 * minut`), rounded up to the minute so that a last minute still shows; null when none is left.
 */
export function timeLeft(milliseconds: number, locale: Locale): string | null {
  if (milliseconds <= 0) return null;
  const minutes = Math.ceil(milliseconds / 60_000);
  const duration = {
    days: Math.floor(minutes / 1440),
    hours: Math.floor((minutes % 1440) / 60),
    minutes: minutes % 60,
  };
  return formatDuration(duration, { locale: dateLocales[locale] });
}

/**
 * A contract timestamp as a date and time on the clocks of `timeZone` (a tenant's zone, in
 * which a window was set), naming the zone when it is not the reader's.
 */
export function zonedDateTime(timestamp: string, locale: Locale, timeZone: string): string {
  const own = new Intl.DateTimeFormat().resolvedOptions().timeZone;
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
    ...(timeZone === own ? {} : { timeZoneName: 'short' }),
  }).format(new Date(timestamp));
}

/** A count as the language writes it (`1 234`, `1,234`). */
export function count(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale).format(value);
}

import type { Locale } from '@atrium/sdk';

/**
 * A reading as typed, in the contract's form: digits, a dot before the decimals (a comma is
 * taken too), no leading zeros (`00123,5` → `123.5`). Null when it is not a number.
 */
export function contractValue(typed: string): string | null {
  const match = /^(\d+)(?:[.,](\d*))?$/.exec(typed.trim());
  if (!match) return null;
  const whole = (match[1] ?? '').replace(/^0+(?=\d)/, '');
  return match[2] ? `${whole}.${match[2]}` : whole;
}

/** The digits before and after the point of a contract value. */
export function digitsOf(value: string): { whole: number; fraction: number } {
  const [whole = '', fraction = ''] = value.split('.');
  return { whole: whole.length, fraction: fraction.length };
}

/** Compares two contract values exactly (no floats): negative, zero or positive. */
export function compareValues(a: string, b: string): number {
  const scale = Math.max(digitsOf(a).fraction, digitsOf(b).fraction);
  const scaled = (value: string) => {
    const [whole = '0', fraction = ''] = value.split('.');
    return BigInt(whole + fraction.padEnd(scale, '0'));
  };
  const difference = scaled(a) - scaled(b);
  return difference < 0n ? -1 : difference > 0n ? 1 : 0;
}

/** A contract value as the language writes it, with at least the meter's decimals (`123,400`). */
export function valueText(value: string, decimals: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: decimals,
    maximumFractionDigits: 3,
  }).format(value as Intl.StringNumericLiteral);
}

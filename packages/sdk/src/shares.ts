// Exact shares of the contract's decimals (weights and areas, at most 10 places), worked out
// in integers: no float rounds them. The server's protocol and the widgets split a
// resolution's result with the same function, so the PDF and the screen agree to the digit.

/** The places a contract decimal may carry: as integers of 10⁻¹⁰ they divide exactly. */
const DIGITS = 10;

function scaled(decimal: string): bigint {
  const [whole = '0', fraction = ''] = decimal.split('.');
  return BigInt(whole + fraction.padEnd(DIGITS, '0').slice(0, DIGITS));
}

/** `value` in units of 10^-places as a decimal: 3366n, 4 → `0.3366`. */
function unscaled(value: bigint, places: number): string {
  const digits = value.toString().padStart(places + 1, '0');
  return `${digits.slice(0, -places)}.${digits.slice(-places)}`;
}

/** `part` as a decimal share of `whole` (`0.0339375000`), to 10 places. */
export function shareOf(part: string, whole: string): string {
  const divisor = scaled(whole);
  if (divisor === 0n) return '0';
  return unscaled((scaled(part) * 10n ** BigInt(DIGITS)) / divisor, DIGITS);
}

/**
 * The shares of `whole` that `parts` make, to `places` (≥ 1) decimal places, split by the
 * largest remainder: each gets its quota rounded down,
 * and what is left goes one unit each to the largest remainders, earlier parts first on a
 * tie. Parts that make the whole show exactly 1 (100.00 % at 4 places), which rounding each
 * alone does not: three thirds show 99.99 %.
 */
export function apportionedShares(
  parts: readonly string[],
  whole: string,
  places: number,
): string[] {
  const units = 10n ** BigInt(places);
  const divisor = scaled(whole);
  if (divisor === 0n) return parts.map(() => unscaled(0n, places));
  const quotas = parts.map((part, i) => {
    const exact = scaled(part) * units;
    return { i, floor: exact / divisor, rest: exact % divisor };
  });
  const left = units - quotas.reduce((sum, q) => sum + q.floor, 0n);
  const favoured = [...quotas]
    .sort((a, b) => (a.rest === b.rest ? a.i - b.i : a.rest > b.rest ? -1 : 1))
    .slice(0, left > 0n ? Number(left) : 0)
    .map((q) => q.i);
  return quotas.map((q) => unscaled(q.floor + (favoured.includes(q.i) ? 1n : 0n), places));
}

/**
 * Splits `units` whole units among parts in proportion to their sizes, by the largest
 * remainder: each gets its quota rounded down, and the units left go one each to the
 * largest remainders (earlier parts first on a tie). The shares always add up to `units`,
 * which rounding each one alone does not: three thirds rounded alone make 99.99 %.
 * `whole` is the sum of the parts and positive.
 */
export function apportion(parts: readonly bigint[], whole: bigint, units: bigint): bigint[] {
  const quotas = parts.map((part) => ({
    floor: (part * units) / whole,
    rest: (part * units) % whole,
  }));
  let left = units - quotas.reduce((sum, q) => sum + q.floor, 0n);
  const order = quotas
    .map((q, i) => ({ ...q, i }))
    .sort((a, b) => (a.rest === b.rest ? a.i - b.i : a.rest > b.rest ? -1 : 1));
  const shares = quotas.map((q) => q.floor);
  for (const { i } of order) {
    if (left <= 0n) break;
    shares[i] = (shares[i] ?? 0n) + 1n;
    left--;
  }
  return shares;
}

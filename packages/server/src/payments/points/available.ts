/**
 * The most points that may pay now (FIN-6): none while nothing is owed; else the card's
 * balance, capped at P % of the debt left once the account's pending points payments are
 * counted as paid, in whole points, rounded down. In integers, so no rounding ever adds a
 * point: ⌊(debt − pending) × P ÷ (100 × worth of a point)⌋.
 */
export function pointsAvailable(q: {
  cardBalance: number;
  /** Money owed, in minor units (0 when the balance is not negative). */
  debt: number;
  /** The amounts of the account's points payments still pending, in minor units. */
  pending: number;
  maxPercent: number;
  /** One point's worth, in minor units. */
  pointValue: number;
}): number {
  const left = BigInt(Math.max(0, q.debt - q.pending));
  const cap = (left * BigInt(q.maxPercent)) / (100n * BigInt(q.pointValue));
  return Math.min(q.cardBalance, Number(cap));
}

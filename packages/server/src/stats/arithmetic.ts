import type { components } from '@atrium/sdk';

export type StatsFigures = components['schemas']['StatsFigures'];

/** Month sums as the database gives them: counts and minor units, exact as bigint. */
export interface StatsSums {
  nightsAvailable: bigint;
  nightsSold: bigint;
  accommodationRevenue: bigint;
  extrasRevenue: bigint;
  penaltyRevenue: bigint;
}

export const zeroSums = (): StatsSums => ({
  nightsAvailable: 0n,
  nightsSold: 0n,
  accommodationRevenue: 0n,
  extrasRevenue: 0n,
  penaltyRevenue: 0n,
});

export function addSums(a: StatsSums, b: StatsSums): StatsSums {
  return {
    nightsAvailable: a.nightsAvailable + b.nightsAvailable,
    nightsSold: a.nightsSold + b.nightsSold,
    accommodationRevenue: a.accommodationRevenue + b.accommodationRevenue,
    extrasRevenue: a.extrasRevenue + b.extrasRevenue,
    penaltyRevenue: a.penaltyRevenue + b.penaltyRevenue,
  };
}

/** a / b rounded half up, for a ≥ 0 and b > 0; 0 when there is nothing to divide by. */
export function divideHalfUp(a: bigint, b: bigint): bigint {
  return b === 0n ? 0n : (2n * a + b) / (2n * b);
}

/** sold / available with 4 decimal places, rounded half up, never through a float. */
export function occupancy(sold: bigint, available: bigint): string {
  const tenThousandths = divideHalfUp(sold * 10_000n, available);
  const whole = tenThousandths / 10_000n;
  const fraction = (tenThousandths % 10_000n).toString().padStart(4, '0');
  return `${whole}.${fraction}`;
}

/** The figures an owner sees (OWN-2): occupancy, ADR and RevPAR derived from the sums. */
export function figuresOf(sums: StatsSums): StatsFigures {
  return {
    nightsAvailable: Number(sums.nightsAvailable),
    nightsSold: Number(sums.nightsSold),
    occupancy: occupancy(sums.nightsSold, sums.nightsAvailable),
    adr: Number(divideHalfUp(sums.accommodationRevenue, sums.nightsSold)),
    revpar: Number(divideHalfUp(sums.accommodationRevenue, sums.nightsAvailable)),
    accommodationRevenue: Number(sums.accommodationRevenue),
    extrasRevenue: Number(sums.extrasRevenue),
    penaltyRevenue: Number(sums.penaltyRevenue),
  };
}

/** A row of sums read as text (bigint and numeric columns), made exact. */
export interface SumsRow {
  nights_available: string;
  nights_sold: string;
  accommodation_revenue: string;
  extras_revenue: string;
  penalty_revenue: string;
}

export const sumsOf = (row: SumsRow): StatsSums => ({
  nightsAvailable: BigInt(row.nights_available),
  nightsSold: BigInt(row.nights_sold),
  accommodationRevenue: BigInt(row.accommodation_revenue),
  extrasRevenue: BigInt(row.extras_revenue),
  penaltyRevenue: BigInt(row.penalty_revenue),
});

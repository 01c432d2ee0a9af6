import { fromScaled, toScaled } from '../decimal/exact.js';

// Meter values and consumptions are exact decimals in thousandths ("milli").

/** '123.45' → 123450n; the text is a MeterValue or a numeric(12, 3) as PostgreSQL writes it. */
export const toMilli = (value: string) => toScaled(value, 3);

/** 123450n → '123.450', the way the API writes values and consumptions. */
export const fromMilli = (milli: bigint) => fromScaled(milli, 3);

/** An exact non-negative fraction: a consumption per month. */
export interface Ratio {
  num: bigint;
  den: bigint;
}

/** a > b, by cross-multiplication (denominators are positive). */
export const exceeds = (a: Ratio, b: Ratio) => a.num * b.den > b.num * a.den;

/** A ratio of milli-units written as a value, rounded half up to the thousandth. */
export const ratioText = (r: Ratio) => fromMilli((2n * r.num + r.den) / (2n * r.den));

// Meter values and consumptions as exact integers of thousandths ("milli"): the contract's
// values have at most three fraction digits, so no float ever touches a reading.

const perUnit = 1000n;

/** '123.45' → 123450n; the text is a MeterValue or a numeric(12, 3) as PostgreSQL writes it. */
export function toMilli(value: string): bigint {
  const [whole = '0', fraction = ''] = value.split('.');
  return BigInt(whole) * perUnit + BigInt(fraction.padEnd(3, '0'));
}

/** 123450n → '123.450', the way the API writes values and consumptions. */
export function fromMilli(milli: bigint): string {
  return `${milli / perUnit}.${String(milli % perUnit).padStart(3, '0')}`;
}

/** An exact non-negative fraction: a consumption per month. */
export interface Ratio {
  num: bigint;
  den: bigint;
}

/** a > b, by cross-multiplication (denominators are positive). */
export const exceeds = (a: Ratio, b: Ratio) => a.num * b.den > b.num * a.den;

/** A ratio of milli-units written as a value, rounded half up to the thousandth. */
export const ratioText = (r: Ratio) => fromMilli((2n * r.num + r.den) / (2n * r.den));

/** A numeric written without trailing zeros: '3.00' → '3', '2.50' → '2.5'. */
export const plainNumber = (text: string) =>
  text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;

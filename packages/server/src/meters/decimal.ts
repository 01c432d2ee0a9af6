// Exact decimals as integers of 10^-scale units: meter values and consumptions in thousandths
// ("milli"), vote weights in ten-billionths. No float ever touches a reading or a weight.

/** '123.45' at scale 3 → 123450n; a non-negative decimal with at most `scale` fraction digits. */
export function toScaled(value: string, scale: number): bigint {
  const [whole = '0', fraction = ''] = value.split('.');
  return BigInt(whole) * 10n ** BigInt(scale) + BigInt(fraction.padEnd(scale, '0'));
}

/** 123450n at scale 3 → '123.450', with exactly `scale` fraction digits. */
export function fromScaled(scaled: bigint, scale: number): string {
  const unit = 10n ** BigInt(scale);
  return `${scaled / unit}.${String(scaled % unit).padStart(scale, '0')}`;
}

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

/** A numeric written without trailing zeros: '3.00' → '3', '2.50' → '2.5'. */
export const plainNumber = (text: string) =>
  text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;

// Exact decimals as integers of 10^-scale units: meter values in thousandths, vote weights
// in ten-billionths. No float ever touches a reading or a weight.

/** '-123.45' at scale 3 → -123450n; a decimal with at most `scale` fraction digits. */
export function toScaled(value: string, scale: number): bigint {
  const negative = value.startsWith('-');
  const [whole = '0', fraction = ''] = (negative ? value.slice(1) : value).split('.');
  const scaled = BigInt(whole) * 10n ** BigInt(scale) + BigInt(fraction.padEnd(scale, '0'));
  return negative ? -scaled : scaled;
}

/** -123450n at scale 3 → '-123.450', with exactly `scale` fraction digits. */
export function fromScaled(scaled: bigint, scale: number): string {
  const unit = 10n ** BigInt(scale);
  const magnitude = scaled < 0n ? -scaled : scaled;
  const sign = scaled < 0n ? '-' : '';
  return `${sign}${magnitude / unit}.${String(magnitude % unit).padStart(scale, '0')}`;
}

/**
 * A decimal written without the trailing zeros past `minDecimals` fraction digits:
 * '3.00' → '3', '2.50' → '2.5'; with two kept, '1900.5000' → '1900.50'.
 */
export function plainNumber(text: string, minDecimals = 0): string {
  const [whole, fraction] = text.split('.');
  if (fraction === undefined) return text;
  const kept = fraction.replace(/0+$/, '').padEnd(minDecimals, '0');
  return kept ? `${whole}.${kept}` : `${whole}`;
}

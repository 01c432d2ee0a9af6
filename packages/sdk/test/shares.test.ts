// Shares of exact decimals (VOTE-2): the protocol PDF and the voting widget both split a
// resolution's four weights with apportionedShares, so they write the same percentages.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { apportionedShares, shareOf } from '../src/index.js';

const percent = (share: string) =>
  new Intl.NumberFormat('en', {
    style: 'percent',
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(share as Intl.StringNumericLiteral);

/** Hundredths of a percent the percentages as written add up to: 10000 is 100.00 %. */
const writtenTotal = (shares: readonly string[]) =>
  shares.map(percent).reduce((sum, text) => sum + Number(text.replace(/[.%]/g, '')), 0);

test('VOTE-2: a resolution’s four parts make 100.00 % where rounding each alone makes 99.99 %', () => {
  // for, against, abstained, not voted of 812.40 m²: 25.8493…, 18.4638…, 2.5234…, 53.1635… %
  const parts = ['210.0000000000', '150.0000000000', '20.5000000000', '431.9000000000'];
  const alone = parts.map((part) => shareOf(part, '812.40'));
  assert.deepEqual(alone.map(percent), ['25.85%', '18.46%', '2.52%', '53.16%']);
  assert.equal(writtenTotal(alone), 9999);

  const together = apportionedShares(parts, '812.40', 4);
  // the two hundredths left go to the largest remainders: .93 (for) and .38 (against)
  assert.deepEqual(together, ['0.2585', '0.1847', '0.0252', '0.5316']);
  assert.equal(writtenTotal(together), 10000);
});

test('three equal thirds give their spare unit to the first', () => {
  assert.deepEqual(apportionedShares(['1', '1', '1', '0'], '3', 4), [
    '0.3334',
    '0.3333',
    '0.3333',
    '0.0000',
  ]);
  assert.deepEqual(apportionedShares(['1', '0', '2', '2'], '5', 4), [
    '0.2000',
    '0.0000',
    '0.4000',
    '0.4000',
  ]);
});

test('exact 10-place weights split without a float; a part of nothing stays nothing', () => {
  assert.deepEqual(apportionedShares(['6', '1', '993'], '1000', 2), ['0.01', '0.00', '0.99']);
  assert.deepEqual(apportionedShares(['0', '7.0000000001'], '7.0000000001', 4), [
    '0.0000',
    '1.0000',
  ]);
  assert.deepEqual(
    apportionedShares(['0.0000000001', '812.3999999999'], '812.40', 4).map(percent),
    ['0.00%', '100.00%'],
  );
});

test('shares that round alone to 100.00 % are kept as they are', () => {
  const parts = ['412.5000000000', '120.2500000000', '30.0000000000', '249.6500000000'];
  assert.deepEqual(
    apportionedShares(parts, '812.40', 4).map(percent),
    parts.map((part) => percent(shareOf(part, '812.40'))),
  );
});

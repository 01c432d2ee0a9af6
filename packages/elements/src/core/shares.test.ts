import { expect } from '@open-wc/testing';
import { percent } from './format.js';
import { apportionedShares, shareOf } from './shares.js';

/** Hundredths of a percent that the percentages as written add up to: 10000 is 100.00 %. */
const writtenTotal = (shares: readonly string[]) =>
  shares
    .map((share) => percent(share, 'en', 2, true))
    .reduce((sum, text) => sum + Number(text.replace(/[.%]/g, '')), 0);

describe('apportionedShares', () => {
  it('VOTE-3: makes 100.00 % of a resolution’s four parts where rounding each alone makes 99.99 %', () => {
    // for, against, abstained, not voted of 812.40 m²: 25.8493…, 18.4638…, 2.5234…, 53.1635… %
    const parts = ['210.0000000000', '150.0000000000', '20.5000000000', '431.9000000000'];
    const alone = parts.map((part) => shareOf(part, '812.40'));
    expect(alone.map((share) => percent(share, 'en', 2, true))).to.deep.equal([
      '25.85%',
      '18.46%',
      '2.52%',
      '53.16%',
    ]);
    expect(writtenTotal(alone)).to.equal(9999);

    const together = apportionedShares(parts, '812.40', 4);
    // the two hundredths left go to the largest remainders: .93 (for) and .38 (against)
    expect(together).to.deep.equal(['0.2585', '0.1847', '0.0252', '0.5316']);
    expect(writtenTotal(together)).to.equal(10000);
  });

  it('gives three equal thirds’ spare unit to the first, as the protocol does', () => {
    expect(apportionedShares(['1', '1', '1', '0'], '3', 4)).to.deep.equal([
      '0.3334',
      '0.3333',
      '0.3333',
      '0.0000',
    ]);
  });

  it('splits exact 10-place weights without a float, and leaves a part of nothing at nothing', () => {
    expect(apportionedShares(['6', '1', '993'], '1000', 2)).to.deep.equal(['0.01', '0.00', '0.99']);
    expect(apportionedShares(['0', '7.0000000001'], '7.0000000001', 4)).to.deep.equal([
      '0.0000',
      '1.0000',
    ]);
    expect(
      apportionedShares(['0.0000000001', '812.3999999999'], '812.40', 4).map((share) =>
        percent(share, 'en', 2, true),
      ),
    ).to.deep.equal(['0.00%', '100.00%']);
  });

  it('keeps shares that round alone to 100.00 % as they are', () => {
    const parts = ['412.5000000000', '120.2500000000', '30.0000000000', '249.6500000000'];
    const alone = parts.map((part) => percent(shareOf(part, '812.40'), 'en', 2, true));
    const together = apportionedShares(parts, '812.40', 4).map((share) =>
      percent(share, 'en', 2, true),
    );
    expect(together).to.deep.equal(alone);
  });
});

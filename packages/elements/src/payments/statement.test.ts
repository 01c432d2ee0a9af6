import { expect } from '@open-wc/testing';
import type { AccountEntry } from '@atrium/sdk';
import { cardNumberOf, minorUnitsOf, pointsOf } from './amounts.js';
import { latestMonth, statementOf } from './statement.js';

const entry = (over: Partial<AccountEntry>): AccountEntry => ({
  id: crypto.randomUUID(),
  kind: 'charge',
  title: 'maintenance',
  month: '2026-11',
  amount: -1000,
  description: null,
  method: null,
  bookedAt: '2026-11-01T05:00:00Z',
  ...over,
});

describe('payments: amounts typed', () => {
  it('an amount as a reader types it is its minor units, exactly', () => {
    expect(minorUnitsOf('1234,56', 2)).to.equal(123456);
    expect(minorUnitsOf('1 234.5', 2)).to.equal(123450);
    expect(minorUnitsOf('1\u00a0234', 2)).to.equal(123400);
    expect(minorUnitsOf('0,07', 2)).to.equal(7);
    // 0.1 + 0.2 is no float here
    expect(minorUnitsOf('0.30', 2)).to.equal(30);
    expect(minorUnitsOf('12', 0)).to.equal(12);
  });

  it('anything else is not an amount', () => {
    for (const typed of [
      '',
      '12,345',
      '1.2.3',
      '-5',
      '12 zł',
      '1e3',
      '12,5',
      '99999999999999999999',
    ]) {
      const digits = typed === '12,5' ? 0 : 2;
      expect(minorUnitsOf(typed, digits), typed).to.equal(null);
    }
  });

  it('points are whole, and a card number is its digits', () => {
    expect(pointsOf('1 200')).to.equal(1200);
    expect(pointsOf('1,5')).to.equal(null);
    expect(pointsOf('')).to.equal(null);
    expect(cardNumberOf('7000 0000-0000 0050')).to.equal('7000000000000050');
  });
});

describe('payments: what makes up a balance', () => {
  it('FIN-1: earlier debt, the month by title and its payments add up to the balance', () => {
    const entries = [
      entry({ kind: 'payment', title: 'payment', amount: 500, method: 'online' }),
      entry({ title: 'water', amount: -8540 }),
      entry({ title: 'maintenance', amount: -17376 }),
      entry({ title: 'maintenance', amount: -100 }),
      entry({ kind: 'settlement', title: 'heating', amount: 2000 }),
      entry({ month: '2026-10', title: 'heating', amount: -15000 }),
    ];
    expect(latestMonth(entries)).to.equal('2026-11');
    const statement = statementOf(-50000, '2026-11', entries);
    expect(statement.lines).to.deep.equal([
      { kind: 'charge', title: 'maintenance', amount: -17476 },
      { kind: 'charge', title: 'water', amount: -8540 },
      { kind: 'settlement', title: 'heating', amount: 2000 },
    ]);
    expect(statement.paid).to.equal(500);
    const lines = statement.lines.reduce((sum, line) => sum + line.amount, 0);
    expect(statement.opening + lines + statement.paid).to.equal(-50000);
    expect(statement.opening).to.equal(-50000 - (500 - 8540 - 17476 + 2000));
  });

  it('no entries: no month', () => {
    expect(latestMonth([])).to.equal(null);
  });
});

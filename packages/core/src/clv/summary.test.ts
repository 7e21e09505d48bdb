import { describe, expect, it } from 'vitest';
import { buildRfmSummary, fromDayNumber, type Transaction, toDayNumber } from './summary';

const log: Transaction[] = [
  // Customer a: first purchase split over two rows on the same day, two repeat days (one duplicated), one in holdout.
  { customerId: 'a', date: '2024-01-01', amount: 10 },
  { customerId: 'a', date: '2024-01-01', amount: 5 },
  { customerId: 'a', date: '2024-01-08', amount: 20 },
  { customerId: 'a', date: '2024-01-15', amount: 30 },
  { customerId: 'a', date: new Date(Date.UTC(2024, 0, 15, 18, 30)), amount: 10 },
  { customerId: 'a', date: '2024-02-05', amount: 7 },
  // Customer b: one purchase only.
  { customerId: 'b', date: '2024-01-22', amount: 12 },
  // Customer c: first seen in the holdout, so not part of the calibration sample.
  { customerId: 'c', date: '2024-02-01', amount: 99 },
  // Beyond the holdout: ignored.
  { customerId: 'a', date: '2024-03-01', amount: 1000 },
];

describe('buildRfmSummary', () => {
  const summary = buildRfmSummary(log, {
    timeUnit: 'week',
    calibrationEnd: '2024-01-29',
    holdoutEnd: '2024-02-26',
  });
  const byId = new Map(summary.customers.map((c) => [c.customerId, c]));

  it.each([
    // id, x, tx (weeks), T (weeks), mean repeat spend, first-day spend, holdout x, holdout spend
    ['a', 2, 2, 4, 30, 15, 1, 7],
    ['b', 0, 0, 1, 0, 12, 0, 0],
  ] as const)('customer %s', (id, x, tx, T, meanRepeatSpend, firstPurchaseSpend, holdoutX, holdoutSpend) => {
    expect(byId.get(id)).toMatchObject({
      x,
      tx,
      T,
      meanRepeatSpend,
      firstPurchaseSpend,
      holdoutX,
      holdoutSpend,
    });
  });

  it('leaves out customers first seen after calibration end, and says so', () => {
    expect(byId.has('c')).toBe(false);
    expect(summary.customersFirstSeenAfterCalibration).toBe(1);
  });

  it('records the periods in the chosen unit', () => {
    expect(summary).toMatchObject({
      calibrationEnd: '2024-01-29',
      holdoutEnd: '2024-02-26',
      holdoutLength: 4,
    });
  });

  it('points every customer at its weighted history and spend row', () => {
    summary.customers.forEach((c, i) => {
      const row = summary.historyRow[i]!;
      expect([summary.histories.x[row], summary.histories.tx[row], summary.histories.T[row]]).toEqual([
        c.x,
        c.tx,
        c.T,
      ]);
    });
    expect(Array.from(summary.spendRow)).toEqual([0, -1]);
    expect(summary.spend.meanSpend[0]).toBe(30);
  });

  it('does not depend on the order of the log', () => {
    const shuffled = [...log].reverse();
    const again = buildRfmSummary(shuffled, {
      timeUnit: 'week',
      calibrationEnd: '2024-01-29',
      holdoutEnd: '2024-02-26',
    });
    const byIdAgain = new Map(again.customers.map((c) => [c.customerId, c]));
    expect(byIdAgain.get('a')).toEqual(byId.get('a'));
    expect(byIdAgain.get('b')).toEqual(byId.get('b'));
  });

  it.each([
    ['day', 14, 28],
    ['week', 2, 4],
    ['month', 14 / (365.25 / 12), 28 / (365.25 / 12)],
  ] as const)('measures time in %ss', (timeUnit, tx, T) => {
    const c = buildRfmSummary(log, { timeUnit, calibrationEnd: '2024-01-29' }).customers[0]!;
    expect(c.tx).toBeCloseTo(tx, 12);
    expect(c.T).toBeCloseTo(T, 12);
    expect(c.holdoutX).toBe(0);
  });
});

describe('input checks', () => {
  it.each([
    ['a non-ISO date', [{ customerId: 1, date: '01/02/2024', amount: 1 }], /transaction 0.*YYYY-MM-DD/],
    ['an impossible date', [{ customerId: 1, date: '2023-02-30', amount: 1 }], /YYYY-MM-DD/],
    ['a non-numeric amount', [{ customerId: 1, date: '2024-01-01', amount: Number.NaN }], /amount/],
  ])('rejects %s with a message naming the row', (_name, transactions, message) => {
    expect(() => buildRfmSummary(transactions, { timeUnit: 'day', calibrationEnd: '2024-06-30' })).toThrow(
      message,
    );
  });

  it('rejects a holdout that ends before calibration does', () => {
    expect(() =>
      buildRfmSummary([], { timeUnit: 'day', calibrationEnd: '2024-06-30', holdoutEnd: '2024-06-01' }),
    ).toThrow(/holdoutEnd/);
  });

  it('round-trips day numbers', () => {
    expect(fromDayNumber(toDayNumber('1997-09-30'))).toBe('1997-09-30');
    expect(toDayNumber('1970-01-02')).toBe(1);
  });
});

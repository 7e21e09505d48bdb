import { describe, expect, it } from 'vitest';
import { type BgNbdModel, bgnbdConditionalExpectedTransactions } from './bgnbd.model';
import {
  customerLifetimeValue,
  customerLifetimeValues,
  discountedExpectedTransactions,
  discountRatePerPeriod,
} from './clv';
import { type GammaGammaParams, gammaGammaConditionalExpectedSpend } from './gamma-gamma.model';
import type { ParetoNbdModel } from './pareto-nbd.model';
import { buildRfmSummary } from './summary';

const weekly: BgNbdModel = {
  params: { r: 0.2425945, alpha: 4.4136019, a: 0.7929199, b: 2.4258881 },
  timeUnit: 'week',
};
const spend: GammaGammaParams = { p: 6.25, q: 3.74, gamma: 15.44 };
const customer = { x: 2, tx: 30.43, T: 38.86, meanRepeatSpend: 22.35 };
const ey = (t: number) => bgnbdConditionalExpectedTransactions(weekly.params, t, 2, 30.43, 38.86);

describe('discount rates', () => {
  it.each([
    [{ perPeriod: 0.01 }, 'month', 0.01],
    [{ annual: 0.1 }, 'month', 1.1 ** (1 / 12) - 1],
    [{ annual: 0.1 }, 'week', 1.1 ** (7 / 365.25) - 1],
    [{ annual: 0 }, 'day', 0],
  ] as const)('%o per %s', (discount, unit, expected) => {
    expect(discountRatePerPeriod(discount, unit)).toBeCloseTo(expected, 14);
  });

  it('rejects a rate of −100% or less', () => {
    expect(() => discountRatePerPeriod({ perPeriod: -1 }, 'week')).toThrow(RangeError);
  });
});

describe('discounted expected transactions', () => {
  it('over one period is E[Y(period)] discounted once', () => {
    const value = discountedExpectedTransactions(weekly, 2, 30.43, 38.86, {
      periodUnit: 'week',
      periods: 1,
      discount: { perPeriod: 0.05 },
    });
    expect(value).toBeCloseTo(ey(1) / 1.05, 12);
  });

  it('without discounting telescopes to E[Y(horizon)], whatever the period unit', () => {
    const inWeeks = discountedExpectedTransactions(weekly, 2, 30.43, 38.86, {
      periodUnit: 'week',
      periods: 52,
      discount: { perPeriod: 0 },
    });
    const inDays = discountedExpectedTransactions(weekly, 2, 30.43, 38.86, {
      periodUnit: 'day',
      periods: 364,
      discount: { annual: 0 },
    });
    expect(inWeeks).toBeCloseTo(ey(52), 10);
    expect(inDays).toBeCloseTo(ey(52), 10);
  });

  it('converts month periods into the model’s weeks', () => {
    const value = discountedExpectedTransactions(weekly, 2, 30.43, 38.86, {
      periodUnit: 'month',
      periods: 12,
      discount: { perPeriod: 0 },
    });
    expect(value).toBeCloseTo(ey(365.25 / 7), 10);
  });

  it('discounting lowers the value, more for higher rates', () => {
    const at = (perPeriod: number) =>
      discountedExpectedTransactions(weekly, 2, 30.43, 38.86, {
        periodUnit: 'month',
        periods: 24,
        discount: { perPeriod },
      });
    expect(at(0.01)).toBeLessThan(at(0));
    expect(at(0.05)).toBeLessThan(at(0.01));
  });

  it.each([
    ['fractional periods', 1.5],
    ['negative periods', -1],
  ])('rejects %s', (_name, periods) => {
    expect(() =>
      discountedExpectedTransactions(weekly, 0, 0, 10, {
        periodUnit: 'week',
        periods,
        discount: { perPeriod: 0 },
      }),
    ).toThrow(RangeError);
  });
});

describe('customer lifetime value', () => {
  const options = { periodUnit: 'month', periods: 12, discount: { annual: 0.1 }, margin: 0.3 } as const;

  it('is discounted transactions × expected spend × margin', () => {
    const transactions = discountedExpectedTransactions(weekly, 2, 30.43, 38.86, options);
    const expected = transactions * gammaGammaConditionalExpectedSpend(spend, 2, 22.35) * 0.3;
    expect(customerLifetimeValue(weekly, spend, customer, options)).toBeCloseTo(expected, 10);
  });

  it('works with a Pareto/NBD transaction model too', () => {
    const pareto: ParetoNbdModel = {
      params: { r: 0.55315, alpha: 10.57633, s: 0.60625, beta: 11.6715 },
      timeUnit: 'week',
    };
    const value = customerLifetimeValue(pareto, spend, customer, options);
    expect(value).toBeGreaterThan(0);
    expect(value).not.toBeCloseTo(customerLifetimeValue(weekly, spend, customer, options), 2);
  });

  it('batch values equal one-by-one values, evaluating each distinct history once', () => {
    const summary = buildRfmSummary(
      [
        { customerId: 'a', date: '2024-01-01', amount: 10 },
        { customerId: 'a', date: '2024-02-01', amount: 30 },
        { customerId: 'b', date: '2024-01-01', amount: 10 },
        { customerId: 'b', date: '2024-02-01', amount: 50 },
        { customerId: 'c', date: '2024-03-01', amount: 5 },
      ],
      { timeUnit: 'week', calibrationEnd: '2024-06-30' },
    );
    expect(summary.histories.weight.length).toBe(2);
    const values = customerLifetimeValues(weekly, spend, summary, options);
    summary.customers.forEach((c, i) => {
      expect(values[i]).toBeCloseTo(customerLifetimeValue(weekly, spend, c, options), 12);
    });
    // Same history, higher spend, higher value.
    expect(values[1]).toBeGreaterThan(values[0]!);
  });

  it('refuses histories and a model in different time units', () => {
    const summary = buildRfmSummary([{ customerId: 'a', date: '2024-01-01', amount: 1 }], {
      timeUnit: 'day',
      calibrationEnd: '2024-02-01',
    });
    expect(() => customerLifetimeValues(weekly, spend, summary, options)).toThrow(
      /days but the model is in weeks/,
    );
  });
});

import { describe, expect, it } from 'vitest';
import {
  componentFactor,
  type IncentiveComponent,
  noCustomerMetricWarning,
  simulatePayout,
} from './incentive-payout';

const nps: IncentiveComponent = { metric: 'nps', weight: 40, threshold: 20, target: 30, cap: 1.5 };
const contact: IncentiveComponent = {
  metric: 'time-to-contact',
  weight: 20,
  threshold: 48,
  target: 24,
  cap: 1.2,
};
const revenue: IncentiveComponent = { metric: 'revenue', weight: 40, threshold: 900, target: 1000, cap: 2 };

describe('component payout factor', () => {
  it.each([
    // label, component, actual, factor
    ['NPS below threshold', nps, 15, 0],
    ['NPS at threshold', nps, 20, 0],
    ['NPS halfway', nps, 25, 0.5],
    ['NPS at target', nps, 30, 1],
    ['NPS above target, under cap', nps, 34, 1.4],
    ['NPS far above, capped', nps, 60, 1.5],
    ['time to contact 36 h (falls towards 24 h)', contact, 36, 0.5],
    ['time to contact 12 h, capped at 120 %', contact, 12, 1.2],
    ['time to contact 50 h, worse than threshold', contact, 50, 0],
    ['missing result pays nothing', nps, null, 0],
  ] as const)('%s', (_label, component, actual, factor) => {
    expect(componentFactor(component, actual)).toBeCloseTo(factor, 10);
  });

  it('refuses a cap below 100 % and a threshold equal to the target', () => {
    expect(() => componentFactor({ ...nps, cap: 0.9 }, 25)).toThrow(RangeError);
    expect(() => componentFactor({ ...nps, threshold: 30 }, 25)).toThrow(RangeError);
  });
});

describe('payout simulation', () => {
  it.each([
    // label, actuals, factor, amount
    // .4·.5 + .2·.5 + .4·1 = .7 of 10 000.
    ['mixed results', { nps: 25, 'time-to-contact': 36, revenue: 1000 }, 0.7, 7000],
    // Revenue at its cap cannot make up for customers: .4·0 + .2·0 + .4·2 = .8.
    ['revenue capped, customers missed', { nps: 10, 'time-to-contact': 60, revenue: 5000 }, 0.8, 8000],
    // .4·1.5 + .2·1.2 + .4·2 = 1.64.
    ['everything at its cap', { nps: 90, 'time-to-contact': 1, revenue: 9999 }, 1.64, 16400],
    ['no results', {}, 0, 0],
  ] as const)('%s', (_label, actuals, factor, amount) => {
    const sim = simulatePayout([nps, contact, revenue], actuals, 10_000);
    expect(sim.factor).toBeCloseTo(factor, 10);
    expect(sim.amount).toBeCloseTo(amount, 6);
    expect(sim.customerShare).toBeCloseTo(0.6, 10);
    expect(sim.components.reduce((s, c) => s + c.amount, 0)).toBeCloseTo(amount, 6);
  });
});

describe('no customer metric warning', () => {
  it.each([
    ['customer and financial', [nps, revenue], false],
    ['financial only', [revenue, { ...revenue, metric: 'clv' as const }], true],
    ['customer metric at weight zero', [{ ...nps, weight: 0 }, revenue], true],
    ['employee metric is not a customer metric', [{ ...nps, metric: 'enps' as const }], true],
    ['empty plan', [], true],
  ] as const)('%s', (_label, components, warns) => {
    expect(noCustomerMetricWarning(components) !== null).toBe(warns);
  });
});

import { describe, expect, it } from 'vitest';
import { goalAttainment, normaliseWeights } from './goal-weights';

describe('goal weights', () => {
  it.each([
    [
      [3, 1, 1],
      [0.6, 0.2, 0.2],
    ],
    [
      [50, 50],
      [0.5, 0.5],
    ],
    [
      [0, 2],
      [0, 1],
    ],
    [[], []],
  ])('normalises %j to %j', (weights, shares) => {
    const got = normaliseWeights(weights);
    for (const [i, s] of got.entries()) expect(s).toBeCloseTo(shares[i]!, 10);
    expect(got).toHaveLength(shares.length);
  });

  it.each([[[-1, 2]], [[0, 0]], [[Number.NaN]]])('refuses %j', (weights) => {
    expect(() => normaliseWeights(weights)).toThrow(RangeError);
  });

  it.each([
    // label, goals, score, customerShare, unmeasured
    ['none', [], null, 0, 0],
    [
      'weighted mean',
      [
        { weight: 3, progress: 1, customer: true },
        { weight: 1, progress: 0.5, customer: false },
        { weight: 1, progress: 0, customer: false },
      ],
      0.7,
      0.6,
      0,
    ],
    [
      'unmeasured goals are left out of the mean',
      [
        { weight: 1, progress: 0.4, customer: true },
        { weight: 1, progress: null, customer: true },
      ],
      0.4,
      1,
      1,
    ],
    ['nothing measurable', [{ weight: 2, progress: null, customer: false }], null, 0, 1],
  ] as const)('%s', (_label, goals, score, customerShare, unmeasured) => {
    const a = goalAttainment(goals);
    if (score === null) expect(a.score).toBeNull();
    else expect(a.score).toBeCloseTo(score, 10);
    expect(a.customerShare).toBeCloseTo(customerShare, 10);
    expect(a.unmeasured).toBe(unmeasured);
  });
});

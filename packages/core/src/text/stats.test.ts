import { describe, expect, it } from 'vitest';
import { normalCdf, nps, npsDifferenceZTest, npsVariance, twoProportionZTest, twoSidedP } from './stats';

describe('normal distribution', () => {
  // Reference values from standard normal tables.
  it.each([
    [0, 0.5],
    [1, 0.841344746],
    [-1, 0.158655254],
    [1.959963985, 0.975],
    [2.575829304, 0.995],
    [-3, 0.001349898],
  ])('Φ(%f) = %f', (z, p) => {
    expect(normalCdf(z)).toBeCloseTo(p, 6);
  });

  it('keeps tail p-values accurate', () => {
    expect(twoSidedP(1.959963985)).toBeCloseTo(0.05, 6);
    expect(twoSidedP(-6) / 1.973e-9).toBeCloseTo(1, 2);
  });
});

describe('two-proportion z-test', () => {
  it('matches the pooled formula worked by hand: 50/100 vs 30/100', () => {
    // pooled p = 0.4, SE = √(0.4·0.6·(1/100 + 1/100)) = 0.069282, z = 0.2 / 0.069282 = 2.88675
    const t = twoProportionZTest(50, 100, 30, 100);
    expect(t.difference).toBeCloseTo(0.2, 10);
    expect(t.standardError).toBeCloseTo(0.069282, 6);
    expect(t.z).toBeCloseTo(2.886751, 5);
    expect(t.p).toBeCloseTo(0.003892, 5);
  });

  it('returns NaN for an empty group rather than a fake p-value', () => {
    expect(Number.isNaN(twoProportionZTest(0, 0, 3, 10).p)).toBe(true);
  });
});

describe('NPS and its variance', () => {
  it('computes NPS in points', () => {
    expect(nps({ promoters: 50, passives: 30, detractors: 20 })).toBe(30);
    expect(Number.isNaN(nps({ promoters: 0, passives: 0, detractors: 0 }))).toBe(true);
  });

  it('uses the trinomial variance: P=0.5, D=0.2, n=100 gives (0.7 − 0.09)/100 → SE 7.81 points', () => {
    expect(Math.sqrt(npsVariance({ promoters: 50, passives: 30, detractors: 20 }))).toBeCloseTo(7.8102, 4);
  });

  it('tests a difference of NPS between independent groups', () => {
    const a = { promoters: 50, passives: 30, detractors: 20 };
    const b = { promoters: 30, passives: 30, detractors: 40 };
    const t = npsDifferenceZTest(a, b);
    // b: P=0.3, D=0.4 → var (0.7 − 0.01)/100 = 0.0069; SE = √(0.0061 + 0.0069)·100 = 11.4018
    expect(t.difference).toBe(40);
    expect(t.standardError).toBeCloseTo(11.4018, 4);
    expect(t.p).toBeLessThan(0.001);
  });

  it('treats identical groups with no spread as no evidence', () => {
    const all = { promoters: 10, passives: 0, detractors: 0 };
    expect(npsDifferenceZTest(all, all)).toMatchObject({ difference: 0, z: 0, p: 1 });
  });
});

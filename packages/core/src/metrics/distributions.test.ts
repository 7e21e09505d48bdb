import { describe, expect, it } from 'vitest';
import {
  erfc,
  lnGamma,
  normalCdf,
  normalQuantile,
  regularisedBeta,
  studentTCdf,
  studentTQuantile,
  twoSidedPValue,
} from './distributions';

// Reference values from standard tables (Abramowitz & Stegun ch. 26; any Student-t table).
describe('normal distribution', () => {
  it.each([
    [0.5, 0],
    [0.975, 1.959963984540054],
    [0.995, 2.5758293035489004],
    [0.9, 1.2815515655446004],
    [0.05, -1.6448536269514722],
    [1e-10, -6.361340902404056],
  ])('Φ⁻¹(%d) = %d', (p, z) => {
    expect(normalQuantile(p)).toBeCloseTo(z, 12);
  });

  it.each([
    [0, 0.5],
    [1.959963984540054, 0.975],
    [-1, 0.15865525393145707],
    [3, 0.9986501019683699],
  ])('Φ(%d) = %d', (x, p) => {
    expect(normalCdf(x)).toBeCloseTo(p, 14);
  });

  it('inverts its own CDF to 1e-12 relative error across (0, 1) and far into the tails', () => {
    for (const p of [1e-300, 1e-50, 1e-12, 0.001, 0.02, 0.075, 0.2, 0.5, 0.8, 0.925, 0.99, 0.999999]) {
      const x = normalQuantile(p);
      expect(Math.abs(normalCdf(x) - p) / Math.min(p, 1 - p)).toBeLessThan(1e-12);
    }
  });

  it('gives two-sided p-values, exact in the far tail', () => {
    expect(twoSidedPValue(1.959963984540054)).toBeCloseTo(0.05, 14);
    expect(twoSidedPValue(-1.959963984540054)).toBeCloseTo(0.05, 14);
    expect(twoSidedPValue(0)).toBe(1);
    // erfc(10/√2) = 1.5239706048321e-23: a 1 − Φ formula would return 0 here.
    expect(twoSidedPValue(10) / 1.523970604832105e-23).toBeCloseTo(1, 10);
    expect(erfc(0)).toBe(1);
  });

  it('rejects probabilities outside (0, 1)', () => {
    expect(() => normalQuantile(0)).toThrow(RangeError);
    expect(() => normalQuantile(1)).toThrow(RangeError);
  });
});

describe('Student-t distribution', () => {
  it.each([
    // df, t(0.975), t(0.995) — the familiar table rows.
    [1, 12.7062047361, 63.6567411628],
    [2, 4.3026527297, 9.9248432009],
    [9, 2.2621571627, 3.2498355415],
    [29, 2.0452296421, 2.7563859036],
    [30, 2.0422724563, 2.7499956535],
    [100, 1.9839715184, 2.6258905214],
    [1000, 1.9623390808, 2.580754698],
    // No table goes this far: first-order Cornish–Fisher, z + (z³ + z)/(4·df) = 1.959964 + 2.372e-6.
    [1e6, 1.9599663568, 2.5758342201],
  ])('df = %d: t(0.975) = %d, t(0.995) = %d', (df, t975, t995) => {
    expect(studentTQuantile(0.975, df)).toBeCloseTo(t975, 8);
    expect(studentTQuantile(0.995, df)).toBeCloseTo(t995, 8);
    expect(studentTQuantile(0.025, df)).toBeCloseTo(-t975, 8);
  });

  it('is continuous where the large-df expansion takes over', () => {
    expect(studentTQuantile(0.975, 999)).toBeCloseTo(1.9623414611, 9);
    expect(studentTCdf(studentTQuantile(0.975, 999), 999)).toBeCloseTo(0.975, 12);
  });

  it('tends to the normal distribution', () => {
    expect(studentTCdf(1.959963984540054, Number.POSITIVE_INFINITY)).toBeCloseTo(0.975, 14);
    expect(studentTCdf(0, 5)).toBe(0.5);
  });
});

describe('special functions', () => {
  it('computes ln Γ and the incomplete beta', () => {
    expect(lnGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 14);
    expect(lnGamma(10)).toBeCloseTo(Math.log(362880), 12);
    // I_x(1, 1) = x; I_x(2, 1) = x².
    expect(regularisedBeta(0.3, 1, 1)).toBeCloseTo(0.3, 14);
    expect(regularisedBeta(0.3, 2, 1)).toBeCloseTo(0.09, 14);
  });
});

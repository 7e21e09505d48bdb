import { describe, expect, it } from 'vitest';
import {
  criticalZ,
  meanInterval,
  meetsLargeCountRule,
  npsInterval,
  npsVariance,
  proportionInterval,
  resolveConfidence,
} from './margin-of-error';

// Intervals are shown to one decimal, so that is what the tables check; z = 1.959964 (shown as 1.96).
const oneDecimal = (x: number) => Math.round(x * 10) / 10;

describe('NPS margin of error', () => {
  it.each([
    // P=100, D=40, n=200: p = .5, d = .2; var = .5 + .2 − (.3)² = .61; SE = √(.61/200) = .055227;
    // MoE = 1.96 · .055227 · 100 = 10.82 → ±10.8 (Wald: 100, 100, 40, 160 are all ≥ 10).
    [100, 40, 200, 30, 10.8, 19.2, 40.8, 'wald'],
    // Same shares, twice the answers: SE = √(.61/400) = .039051; MoE = 1.96 · 3.9051 = 7.65 → ±7.7.
    [200, 80, 400, 30, 7.7, 22.3, 37.7, 'wald'],
    // 50 passives: Wald would say 0 ± 0. Rocks: n' = 53, p' = d' = .75/53 = .014151; var' = .028302;
    // SE' = √(.028302/53) = .023108; MoE = 1.96 · 2.3108 = 4.53 → ±4.5 around 0.
    [0, 0, 50, 0, 4.5, -4.5, 4.5, 'adjusted-wald'],
    // P=10, D=4, n=20 (4 detractors < 10): n' = 23, p' = 10.75/23 = .467391, d' = 4.75/23 = .206522;
    // centre 26.09; var' = .673913 − .260870² = .605860; SE' = √(.605860/23) = .162302;
    // MoE = 1.96 · 16.2302 = 31.81 → ±31.8; interval 26.09 ∓ 31.81 = −5.7 … 57.9 (the value stays 30).
    [10, 4, 20, 30, 31.8, -5.7, 57.9, 'adjusted-wald'],
    // All 50 promoters: n' = 53, p' = 50.75/53 = .957547, d' = .014151; centre 94.34;
    // var' = .971698 − .943396² = .081702; SE' = √(.081702/53) = .039262; MoE = 7.70 → 86.6 … 100 (clipped).
    [50, 0, 50, 100, 7.7, 86.6, 100, 'adjusted-wald'],
  ] as const)(
    'P=%d D=%d n=%d → NPS %d ± %d (%d … %d, %s)',
    (promoters, detractors, n, value, moe, low, high, method) => {
      const interval = npsInterval(promoters, detractors, n);
      expect(interval.value).toBeCloseTo(value, 10);
      expect(oneDecimal(interval.marginOfError)).toBe(moe);
      expect(oneDecimal(interval.low)).toBe(low);
      expect(oneDecimal(interval.high)).toBe(high);
      expect(interval.method).toBe(method);
      expect(interval.confidence).toBe(0.95);
    },
  );

  it('uses the per-respondent variance p + d − (p − d)²', () => {
    expect(npsVariance(0.5, 0.2)).toBeCloseTo(0.61, 14);
    // Half promoters, half detractors: the largest spread, var = 1 − 0 = 1.
    expect(npsVariance(0.5, 0.5)).toBe(1);
  });

  it('widens with confidence: 99 % uses z = 2.5758', () => {
    // 2.5758 · 5.5227 = 14.23 → ±14.2.
    expect(oneDecimal(npsInterval(100, 40, 200, 0.99).marginOfError)).toBe(14.2);
  });
});

describe('CSAT margin of error', () => {
  it.each([
    // 90 of 120 satisfied: p = .75; SE = √(.75 · .25 / 120) = √.0015625 = .039528; MoE = 1.96 · 3.9528 = 7.75 → ±7.7.
    [90, 120, 75, 7.7, 67.3, 82.7, 'wald'],
    // 36 of 40 (4 dissatisfied < 10): Agresti–Coull ñ = 40 + 1.96² = 43.8415, p̃ = (36 + 1.9207)/43.8415 = .864950;
    // SE = √(.864950 · .135050 / 43.8415) = .051618; MoE = 1.96 · 5.1618 = 10.12 → ±10.1; 86.50 ∓ 10.12 = 76.4 … 96.6.
    [36, 40, 90, 10.1, 76.4, 96.6, 'adjusted-wald'],
    // 0 of 30: Wald would say 0 ± 0. ñ = 33.8415, p̃ = 1.9207/33.8415 = .056756; SE = √(.056756 · .943244 / 33.8415)
    // = .039773; MoE = 7.80 → ±7.8; 5.68 ∓ 7.80 → 0 (clipped) … 13.5.
    [0, 30, 0, 7.8, 0, 13.5, 'adjusted-wald'],
    // 30 of 30: the mirror image, 86.5 … 100.
    [30, 30, 100, 7.8, 86.5, 100, 'adjusted-wald'],
  ] as const)('%d of %d → %d %% ± %d (%d … %d, %s)', (successes, n, value, moe, low, high, method) => {
    const interval = proportionInterval(successes, n);
    expect(interval.value).toBeCloseTo(value, 10);
    expect(oneDecimal(interval.marginOfError)).toBe(moe);
    expect(oneDecimal(interval.low)).toBe(low);
    expect(oneDecimal(interval.high)).toBe(high);
    expect(interval.method).toBe(method);
  });

  it('applies the large-count rule on both sides', () => {
    expect(meetsLargeCountRule(10, 20)).toBe(true);
    expect(meetsLargeCountRule(9, 100)).toBe(false);
    expect(meetsLargeCountRule(91, 100)).toBe(false);
  });
});

describe('mean (CES) margin of error', () => {
  it.each([
    // Ten each of 3, 5, 7: mean 5; squared deviations 10·4 + 0 + 10·4 = 80; s² = 80/29 = 2.758621;
    // SE = √(2.758621/30) = .303239; t(.975, 29) = 2.045230; MoE = .6202 → ±0.62 (z would give .5943).
    [5, 80 / 29, 30, 0.62, 4.38, 5.62],
    // Twenty each of 5 and 7: mean 6; s² = 40·1/39 = 1.025641; SE = √(1.025641/40) = .160128;
    // t(.975, 39) = 2.022691; MoE = .3239 → ±0.32.
    [6, 40 / 39, 40, 0.32, 5.68, 6.32],
    // Mean 6.8 with s² = 1, n = 10: SE = .316228, t(.975, 9) = 2.262157; MoE = .7153; 7.515 clipped to 7.
    [6.8, 1, 10, 0.72, 6.08, 7],
  ])('mean %d, s² %d, n %d → ± %d (%d … %d)', (mean, variance, n, moe, low, high) => {
    const interval = meanInterval(mean, variance, n, { min: 1, max: 7 });
    const twoDecimals = (x: number) => Math.round(x * 100) / 100;
    expect(twoDecimals(interval.marginOfError)).toBe(moe);
    expect(twoDecimals(interval.low)).toBe(low);
    expect(twoDecimals(interval.high)).toBe(high);
    expect(interval.method).toBe('student-t');
  });

  it('needs two answers to see a spread', () => {
    expect(() => meanInterval(4, 0, 1, { min: 1, max: 7 })).toThrow(RangeError);
  });
});

describe('confidence levels', () => {
  it('defaults to 95 % and rejects levels outside (0, 1)', () => {
    expect(resolveConfidence(undefined)).toBe(0.95);
    expect(criticalZ()).toBeCloseTo(1.959964, 6);
    expect(() => resolveConfidence(95)).toThrow(RangeError);
    expect(() => npsInterval(1, 1, 0)).toThrow(RangeError);
    expect(() => npsInterval(8, 8, 10)).toThrow(/more than n/);
  });
});

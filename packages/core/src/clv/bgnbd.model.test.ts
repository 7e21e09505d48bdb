import { describe, expect, it } from 'vitest';
import {
  type BgNbdParams,
  bgnbdConditionalExpectedTransactions,
  bgnbdExpectedTransactions,
  bgnbdLogLikelihood,
  bgnbdProbabilityAlive,
  fitBgNbd,
} from './bgnbd.model';
import { groupHistories } from './histories';
import { simulateBgNbdCustomers } from './simulate';
import { hyp2f1 } from './special-functions';

const cdnow: BgNbdParams = { r: 0.2425945, alpha: 4.4136019, a: 0.7929199, b: 2.4258881 };

/** FHL 2005 eq. 10 written out literally (no transformation), as an independent check of the stable form. */
function literalConditional(p: BgNbdParams, t: number, x: number, tx: number, T: number): number {
  const { r, alpha, a, b } = p;
  const z = t / (alpha + T + t);
  const numerator =
    ((a + b + x - 1) / (a - 1)) *
    (1 - ((alpha + T) / (alpha + T + t)) ** (r + x) * hyp2f1(r + x, b + x, a + b + x - 1, z));
  const denominator = 1 + (x > 0 ? (a / (b + x - 1)) * ((alpha + T) / (alpha + tx)) ** (r + x) : 0);
  return numerator / denominator;
}

/** Standard errors of ln-parameters from a central-difference Hessian of the log-likelihood. */
function logStandardErrors(params: BgNbdParams, ll: (p: BgNbdParams) => number): number[] {
  const keys = ['r', 'alpha', 'a', 'b'] as const;
  const h = 1e-3;
  const cache = new Map<string, number>();
  const at = (steps: number[]) => {
    const key = steps.join();
    let value = cache.get(key);
    if (value === undefined) {
      value = ll(Object.fromEntries(keys.map((k, i) => [k, params[k] * Math.exp(h * steps[i]!)])) as never);
      cache.set(key, value);
    }
    return value;
  };
  const n = keys.length;
  const info = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const e = (si: number, sj: number) => {
        const s = new Array<number>(n).fill(0);
        s[i] = s[i]! + si;
        s[j] = s[j]! + sj;
        return at(s);
      };
      info[i]![j] = -(e(1, 1) - e(1, -1) - e(-1, 1) + e(-1, -1)) / (4 * h * h);
    }
  }
  // Gauss–Jordan inverse of the observed information.
  const m = info.map((row, i) => [...row, ...row.map((_, j) => (i === j ? 1 : 0))]);
  for (let c = 0; c < n; c++) {
    const pivot = m[c]![c]!;
    for (let k = 0; k < 2 * n; k++) m[c]![k] = m[c]![k]! / pivot;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r]![c]!;
      for (let k = 0; k < 2 * n; k++) m[r]![k] = m[r]![k]! - f * m[c]![k]!;
    }
  }
  return keys.map((_, i) => Math.sqrt(m[i]![n + i]!));
}

describe('BG/NBD expectations', () => {
  it.each([
    // t, x, tx, T
    [39, 2, 30.43, 38.86],
    [52, 0, 0, 20],
    [10, 7, 35, 38],
    [100, 1, 0.5, 60],
  ])('the stable E[Y(%d) | %d, %d, %d] equals the literal formula', (t, x, tx, T) => {
    expect(bgnbdConditionalExpectedTransactions(cdnow, t, x, tx, T)).toBeCloseTo(
      literalConditional(cdnow, t, x, tx, T),
      10,
    );
  });

  it('matches the mean of simulated customers (Monte Carlo, 200,000 customers, within 2%)', () => {
    const sim = simulateBgNbdCustomers(cdnow, {
      customers: 200_000,
      seed: 9,
      timeUnit: 'week',
      minAge: 32,
      maxAge: 32,
    });
    const mean = sim.x.reduce((s, x) => s + x, 0) / sim.x.length;
    expect(mean / bgnbdExpectedTransactions(cdnow, 32)).toBeCloseTo(1, 1);
    expect(Math.abs(mean / bgnbdExpectedTransactions(cdnow, 32) - 1)).toBeLessThan(0.02);
  });

  it('is continuous through a = 1, where the textbook formula divides 0 by 0', () => {
    const at = (a: number) => bgnbdConditionalExpectedTransactions({ ...cdnow, a }, 26, 3, 20, 30);
    expect(Number.isFinite(at(1))).toBe(true);
    expect(at(1)).toBeCloseTo(at(1 + 1e-9), 7);
    expect(at(1)).toBeCloseTo(at(1 - 1e-9), 7);
  });

  it('stays finite for heavy buyers and long horizons', () => {
    const value = bgnbdConditionalExpectedTransactions(cdnow, 520, 400, 38, 39);
    expect(Number.isFinite(value)).toBe(true);
    expect(value).toBeGreaterThan(0);
  });

  it('is 0 at t = 0 and grows with t', () => {
    expect(bgnbdExpectedTransactions(cdnow, 0)).toBe(0);
    let previous = 0;
    for (const t of [0.5, 1, 5, 20, 80]) {
      const value = bgnbdConditionalExpectedTransactions(cdnow, t, 2, 10, 20);
      expect(value).toBeGreaterThan(previous);
      previous = value;
    }
  });

  it.each([
    [0, 0, 30, 1],
    [3, 30, 30, null],
    [3, 5, 30, null],
  ])('P(alive | x=%d, tx=%d, T=%d) is a probability, lower for a long silence', (x, tx, T, exact) => {
    const p = bgnbdProbabilityAlive(cdnow, x, tx, T);
    if (exact !== null) expect(p).toBe(exact);
    expect(p).toBeGreaterThan(0);
    expect(p).toBeLessThanOrEqual(1);
    if (x > 0) expect(bgnbdProbabilityAlive(cdnow, x, tx - 1, T)).toBeLessThan(p + (tx === T ? 0 : 1e-12));
  });
});

describe('BG/NBD fit', () => {
  it.each([
    ['CDNOW-like', cdnow, 11],
    ['faster, less loyal', { r: 0.8, alpha: 6, a: 1.5, b: 4 }, 12],
  ] as const)('recovers %s parameters from 10,000 simulated customers', (_name, truth, seed) => {
    const sim = simulateBgNbdCustomers(truth, {
      customers: 10_000,
      seed,
      timeUnit: 'week',
      minAge: 13,
      maxAge: 78,
    });
    const { histories } = groupHistories(sim, 'week');
    const fit = fitBgNbd(histories);
    expect(fit.converged).toBe(true);
    const se = logStandardErrors(fit.params, (p) => bgnbdLogLikelihood(p, histories));
    (['r', 'alpha', 'a', 'b'] as const).forEach((k, i) => {
      const error = Math.log(fit.params[k] / truth[k]);
      // Within 4 standard errors (a chance miss is ~1e-4 per parameter), and never more than 25% off.
      expect(Math.abs(error)).toBeLessThan(4 * se[i]!);
      expect(Math.abs(error)).toBeLessThan(Math.log(1.25));
    });
  });

  it('reports data without an interior maximum instead of returning a boundary estimate as a fit', () => {
    const { histories } = groupHistories({ x: [0, 0, 0], tx: [0, 0, 0], T: [10, 20, 30] }, 'week');
    const fit = fitBgNbd(histories);
    expect(fit.converged).toBe(false);
    expect(fit.message).toMatch(/no interior maximum.*r → 0/);
  });

  it('reports an empty sample', () => {
    const { histories } = groupHistories({ x: [], tx: [], T: [] }, 'week');
    expect(fitBgNbd(histories)).toMatchObject({ converged: false, message: 'no customers to fit' });
  });
});

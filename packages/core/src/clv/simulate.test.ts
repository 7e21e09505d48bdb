import { describe, expect, it } from 'vitest';
import { createRandom, sampleBeta, sampleGamma, simulateBgNbdCustomers } from './simulate';

const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

describe('seeded random numbers', () => {
  it('repeat per seed and differ between seeds', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const c = createRandom(43);
    const first = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(first);
    expect(Array.from({ length: 5 }, c)).not.toEqual(first);
    expect(first.every((u) => u >= 0 && u < 1)).toBe(true);
  });

  it('are uniform (mean and variance of 100,000 draws)', () => {
    const random = createRandom(7);
    const u = Array.from({ length: 100_000 }, random);
    expect(mean(u)).toBeCloseTo(0.5, 2);
    expect(mean(u.map((x) => (x - 0.5) ** 2))).toBeCloseTo(1 / 12, 3);
  });

  it.each([
    [0.25, 4],
    [1, 1],
    [6.5, 0.2],
  ])('Gamma(%d, rate %d) draws have mean shape/rate and variance shape/rate²', (shape, rate) => {
    const random = createRandom(11);
    const draws = Array.from({ length: 100_000 }, () => sampleGamma(random, shape, rate));
    const m = mean(draws);
    expect(m / (shape / rate)).toBeCloseTo(1, 1);
    expect(mean(draws.map((x) => (x - m) ** 2)) / (shape / rate ** 2)).toBeCloseTo(1, 1);
  });

  it('Beta(a, b) draws have mean a/(a+b)', () => {
    const random = createRandom(5);
    expect(mean(Array.from({ length: 50_000 }, () => sampleBeta(random, 0.8, 2.4)))).toBeCloseTo(
      0.8 / 3.2,
      2,
    );
  });
});

describe('simulateBgNbdCustomers', () => {
  const params = { r: 0.5, alpha: 5, a: 1, b: 3 };

  it('is deterministic per seed and produces valid histories', () => {
    const options = { customers: 1000, seed: 1, timeUnit: 'week', minAge: 10, maxAge: 50 } as const;
    const one = simulateBgNbdCustomers(params, options);
    expect(simulateBgNbdCustomers(params, options)).toEqual(one);
    for (let i = 0; i < 1000; i++) {
      expect(one.tx[i]).toBeLessThanOrEqual(one.T[i]!);
      expect(one.T[i]).toBeGreaterThanOrEqual(10);
      if (one.x[i] === 0) expect(one.tx[i]).toBe(0);
    }
  });

  it('in whole days records times on day boundaries and merges same-day purchases', () => {
    const sim = simulateBgNbdCustomers(
      { r: 50, alpha: 5, a: 1, b: 50 },
      { customers: 200, seed: 2, timeUnit: 'week', minAge: 1, maxAge: 2, wholeDays: true },
    );
    for (let i = 0; i < 200; i++) {
      expect(Number.isInteger(Math.round(sim.T[i]! * 7 * 1e9) / 1e9)).toBe(true);
      // At most one purchase per day after the first.
      expect(sim.x[i]).toBeLessThanOrEqual(Math.round(sim.T[i]! * 7));
    }
  });

  it('draws mean spends only for repeat buyers when asked', () => {
    const sim = simulateBgNbdCustomers(params, {
      customers: 500,
      seed: 3,
      timeUnit: 'week',
      minAge: 30,
      maxAge: 30,
      spend: { p: 6, q: 4, gamma: 15 },
    });
    for (let i = 0; i < 500; i++) expect(sim.meanSpend[i]! > 0).toBe(sim.x[i]! > 0);
  });
});
